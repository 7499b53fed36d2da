namespace SentimentPipeline.Training;

/// <summary>What the training loop did.</summary>
/// <param name="History">Every epoch run.</param>
/// <param name="BestEpoch">The epoch whose weights were kept (best validation accuracy; ties: lower validation loss, then earlier).</param>
/// <param name="StoppedEarly">True when neither validation accuracy nor validation loss improved for the patience before the epoch limit.</param>
/// <param name="Seconds">Wall-clock time of the loop.</param>
/// <param name="Wide">How the wide path was fitted, or null without a wide path.</param>
/// <param name="Mix">How the two paths were combined, or null without a wide path.</param>
public sealed record TrainingResult(IReadOnlyList<EpochResult> History, int BestEpoch, bool StoppedEarly, double Seconds,
    WidePathFit? Wide, EnsembleMix? Mix);
