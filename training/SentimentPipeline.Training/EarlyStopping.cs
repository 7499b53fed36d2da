namespace SentimentPipeline.Training;

/// <summary>
/// Checkpoint choice and early stopping. The kept epoch is the most accurate on validation (ties: lower loss).
/// Patience runs out only while neither the kept accuracy nor the validation loss improves: on small validation
/// splits accuracy moves in steps of several reviews, while the loss still shows that the model is learning.
/// </summary>
internal sealed class EarlyStopping(int patience)
{
    private double _bestAccuracy = double.NegativeInfinity;
    private double _bestAccuracyLoss = double.PositiveInfinity;
    private double _lowestLoss = double.PositiveInfinity;
    private int _stale;

    /// <summary>The kept epoch (0 before the first observation).</summary>
    public int BestEpoch { get; private set; }

    /// <summary>True once <c>patience</c> epochs in a row brought no progress.</summary>
    public bool ShouldStop => _stale >= patience;

    /// <summary>Records an epoch's validation result.</summary>
    /// <returns>Whether to keep this epoch's weights, and whether it was an epoch without progress.</returns>
    public (bool Keep, bool Stale) Observe(int epoch, double accuracy, double loss)
    {
        var keep = accuracy > _bestAccuracy || (accuracy == _bestAccuracy && loss < _bestAccuracyLoss);
        var learning = loss < _lowestLoss;
        _lowestLoss = Math.Min(_lowestLoss, loss);
        if (keep)
        {
            (BestEpoch, _bestAccuracy, _bestAccuracyLoss) = (epoch, accuracy, loss);
        }

        _stale = keep || learning ? 0 : _stale + 1;
        return (keep, !keep && !learning);
    }
}
