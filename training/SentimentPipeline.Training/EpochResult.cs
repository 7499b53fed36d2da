namespace SentimentPipeline.Training;

/// <summary>One epoch of training.</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="TrainLoss">Mean cross-entropy over the epoch's training batches (dropout on).</param>
/// <param name="TrainAccuracy">Accuracy over the epoch's training batches (dropout on).</param>
/// <param name="ValidationLoss">Mean cross-entropy on the validation split after the epoch.</param>
/// <param name="ValidationAccuracy">Accuracy on the validation split after the epoch.</param>
/// <param name="Seconds">Wall-clock time of the epoch, validation included.</param>
/// <param name="CpuSeconds">CPU time the process used in the epoch: equals the wall-clock time of a one-thread run on an idle machine, so it shows the cost on a shared, busy one.</param>
public sealed record EpochResult(int Epoch, double TrainLoss, double TrainAccuracy, double ValidationLoss, double ValidationAccuracy, double Seconds, double CpuSeconds);
