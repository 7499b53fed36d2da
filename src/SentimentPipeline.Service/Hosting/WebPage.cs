using Microsoft.AspNetCore.Http;

namespace SentimentPipeline.Service.Hosting;

/// <summary>The static web page (wwwroot, embedded in this assembly): plain HTML, CSS and JavaScript, no build step, no CDN.</summary>
internal static class WebPage
{
    public static readonly IReadOnlyList<(string Route, string Resource, string ContentType)> Files =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/sentiment.css", "sentiment.css", "text/css; charset=utf-8"),
        ("/sentiment.js", "sentiment.js", "text/javascript; charset=utf-8"),
    ];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    public static IResult Serve(string resource, string contentType) => Results.Bytes(Cache.GetOrAdd(resource, Read), contentType);

    private static byte[] Read(string resource)
    {
        var name = $"SentimentPipeline.Service.wwwroot.{resource}";
        using var stream = typeof(WebPage).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The web page resource {name} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
