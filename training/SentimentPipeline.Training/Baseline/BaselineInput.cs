using Microsoft.ML.Data;

namespace SentimentPipeline.Training.Baseline;

/// <summary>A review as the ML.NET baseline sees it: the encoder's tokens (untruncated) and the label.</summary>
internal sealed class BaselineInput
{
    [VectorType]
    public string[] Tokens { get; set; } = [];

    public bool Label { get; set; }
}
