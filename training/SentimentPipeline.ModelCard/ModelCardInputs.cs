namespace SentimentPipeline.ModelCard;

/// <summary>Everything a model card is written from.</summary>
/// <param name="Metrics">The training run's metrics.json.</param>
/// <param name="Limitations">The model's scores on the limitations set.</param>
/// <param name="Command">The exact command that trained the bundle.</param>
/// <param name="ModelBytes">Size of model.onnx.</param>
/// <param name="Plots">File names of the plots in the bundle folder.</param>
public sealed record ModelCardInputs(MetricsDocument Metrics, LimitationResults Limitations, string Command, long ModelBytes, IReadOnlyList<string> Plots);
