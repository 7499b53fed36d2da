namespace SentimentPipeline.Training.Reporting;

/// <summary>How training went.</summary>
/// <param name="Options">The hyper-parameters of the run.</param>
/// <param name="TorchThreads">Torch intra-op threads used.</param>
/// <param name="EpochsRun">Epochs actually run.</param>
/// <param name="BestEpoch">Epoch of the kept checkpoint.</param>
/// <param name="StoppedEarly">True when early stopping ended the run.</param>
/// <param name="Seconds">Training loop time.</param>
/// <param name="SecondsPerEpoch">Mean deep-phase epoch time (training + validation).</param>
/// <param name="CpuSecondsPerEpoch">Mean CPU time per deep-phase epoch (see <see cref="EpochResult.CpuSeconds"/>).</param>
/// <param name="LoadAverage">The machine's 1/5/15-minute load average when training ended (Linux), to read the times against.</param>
/// <param name="History">Per-epoch losses and accuracies (the deep phase).</param>
/// <param name="Wide">How the wide path was fitted, or null without a wide path.</param>
/// <param name="Mix">How the paths were combined, or null without a wide path.</param>
/// <param name="SkipGramEpochs">Epochs of skip-gram pretraining of the embedding before training (0 = none).</param>
public sealed record TrainingSummary(
    TrainingOptions Options,
    int TorchThreads,
    int EpochsRun,
    int BestEpoch,
    bool StoppedEarly,
    double Seconds,
    double SecondsPerEpoch,
    double CpuSecondsPerEpoch,
    string? LoadAverage,
    IReadOnlyList<EpochResult> History,
    WidePathFit? Wide,
    EnsembleMix? Mix,
    int SkipGramEpochs);
