namespace SentimentPipeline.Training.Reporting;

/// <summary>Fixed sentences every run is asked about: the tutorial's two, and one more of each kind outside electronics.</summary>
public static class ProbeSentences
{
    /// <summary>Label name of class 1.</summary>
    public const string Positive = "positive";

    /// <summary>Label name of class 0.</summary>
    public const string Negative = "negative";

    /// <summary>Sentence and the label any reader would give it.</summary>
    public static IReadOnlyList<(string Text, string Expected)> All { get; } =
    [
        ("商品质量相当不错,点赞", Positive),
        ("什么破东西,简直没法使用", Negative),
        ("酒店位置方便，服务热情，下次还来", Positive),
        ("书的印刷很差，错别字太多，不推荐", Negative),
    ];
}
