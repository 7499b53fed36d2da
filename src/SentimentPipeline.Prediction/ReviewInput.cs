using Microsoft.ML.Data;

namespace SentimentPipeline.Prediction;

/// <summary>One review to score: the input row of the prediction pipeline.</summary>
public sealed class ReviewInput
{
    /// <summary>The review text. <see langword="null"/> is scored like an empty review.</summary>
    [ColumnName(SentimentColumnNames.Text)]
    public string? Text { get; set; }
}
