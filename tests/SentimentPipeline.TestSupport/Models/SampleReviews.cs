namespace SentimentPipeline.TestSupport;

/// <summary>Reviews the end-to-end tests score: the tutorial's two sentences, corpus rows and awkward input.</summary>
public static class SampleReviews
{
    public const string TutorialPositive = "商品质量相当不错,点赞";
    public const string TutorialNegative = "什么破东西,简直没法使用";

    public static IReadOnlyList<string?> Awkward { get; } =
    [
        string.Empty,
        "   \t\n ",
        null,
        "😀😀👍",
        "好\uD800评",
        "差\uDC00",
        "This product is great, I love it!",
        "1234567890",
        TutorialPositive,
        TutorialNegative,
    ];

    public static IReadOnlyList<string?> Mixed(ModelFixture fixture, int corpusRows)
        => [.. fixture.Reviews.Take(corpusRows).Select(r => r.Text), .. Awkward];
}
