using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.Training.Reporting;

/// <summary>Fixed sentences every run is asked about: the tutorial's two, and one more of each kind outside electronics.</summary>
public static class ProbeSentences
{
    /// <summary>Sentence and the label any reader would give it.</summary>
    public static IReadOnlyList<(string Text, string Expected)> All { get; } =
    [
        ("商品质量相当不错,点赞", SentimentLabels.Positive),
        ("什么破东西,简直没法使用", SentimentLabels.Negative),
        ("酒店位置方便，服务热情，下次还来", SentimentLabels.Positive),
        ("书的印刷很差，错别字太多，不推荐", SentimentLabels.Negative),
    ];
}
