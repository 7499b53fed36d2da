namespace SentimentPipeline.Training.Baseline;

/// <summary>The baseline's calibrated positive probability.</summary>
internal sealed class BaselineOutput
{
    public float Probability { get; set; }
}
