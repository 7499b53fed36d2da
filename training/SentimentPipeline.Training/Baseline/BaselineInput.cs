using Microsoft.ML.Data;

namespace SentimentPipeline.Training.Baseline;

/// <summary>A review as ML.NET's trainer sees it: its sparse TF-IDF vector and the label.</summary>
internal sealed class BaselineInput
{
    public VBuffer<float> Features { get; set; }

    public bool Label { get; set; }
}
