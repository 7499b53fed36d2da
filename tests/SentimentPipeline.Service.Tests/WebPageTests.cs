using Microsoft.Playwright;
using SentimentPipeline.Service.Tests.Support;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Service.Tests;

/// <summary>
/// The web page end to end: the sample app on Kestrel at 127.0.0.1, Debian's Chromium headless through Playwright
/// (its bundled driver, the system browser: no browser download). Types a review, submits, reads the label.
/// </summary>
public sealed class WebPageTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private const string Chromium = "/usr/bin/chromium";

    [SkippableFact]
    [Trait("Category", "Slow")]
    public async Task Page_TypeReviewAndSubmit_ShowsLabelBarAndColouredTokens()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is not installed (apt-get install chromium; .ci/run does it).");
        using var factory = new SentimentAppFactory(fixture.Model.BundleDirectory).OnKestrel();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 900, Height = 700 } });

        await page.GotoAsync(factory.ClientOptions.BaseAddress.ToString());
        await page.FillAsync("#review", SampleReviews.TutorialNegative);
        await page.ClickAsync("#submit");
        var label = page.Locator("#results .result .label");
        await label.WaitForAsync(new() { Timeout = 30_000 });

        var expected = fixture.Model.Model.Explain(SampleReviews.TutorialNegative);
        Assert.Equal(expected.Prediction.Label, await label.TextContentAsync());
        Assert.Equal($"P(positive) = {expected.Prediction.Positive:F3}", await page.Locator("#results .probability").TextContentAsync());
        Assert.Equal(expected.Tokens.Select(t => t.Token), await page.Locator("#results .token").AllTextContentsAsync());
        var barWidth = await page.Locator("#results .bar-positive").EvaluateAsync<string>("e => e.style.width");
        Assert.Equal($"{expected.Prediction.Positive * 100:F1}%", barWidth);

        var screenshot = await page.ScreenshotAsync(new() { FullPage = true });
        var path = Path.Combine(RepositoryPaths.Root, "artifacts", "web-page", "page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, screenshot);
        Assert.True(await DistinctColours(page, screenshot) >= 8, $"the screenshot {path} looks blank");
    }

    /// <summary>Decodes the PNG in the browser itself (no image library here) and counts its distinct colours.</summary>
    private static Task<int> DistinctColours(IPage page, byte[] png) => page.EvaluateAsync<int>("""
        async (base64) => {
          const image = new Image();
          image.src = 'data:image/png;base64,' + base64;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width; canvas.height = image.height;
          const context = canvas.getContext('2d');
          context.drawImage(image, 0, 0);
          const pixels = context.getImageData(0, 0, image.width, image.height).data;
          const colours = new Set();
          for (let i = 0; i < pixels.length; i += 4) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
          return colours.size;
        }
        """, Convert.ToBase64String(png));
}
