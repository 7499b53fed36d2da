namespace SentimentPipeline.Training.Calibration;

/// <summary>
/// Temperature scaling (Guo et al., 2017): one scalar T &gt; 0 that divides the logits before the softmax, fitted by
/// minimising the mean negative log-likelihood on held-out logits. With two classes softmax(z / T)[1] =
/// σ((z₁ − z₀) / T), so only the logit margin matters, and the NLL is convex in β = 1/T: Newton's method on β
/// finds the minimum. T changes no prediction (the argmax stays), only how confident the probabilities are.
/// </summary>
public static class TemperatureScaling
{
    private const double MinInverseTemperature = 1e-3;
    private const double MaxInverseTemperature = 1e3;
    private const int MaxIterations = 100;

    /// <summary>The temperature minimising the mean NLL of <paramref name="labels"/> given the logit margins.</summary>
    /// <param name="logitMargins">Positive minus negative logit of each review.</param>
    /// <param name="labels">Each review's label (0/1).</param>
    /// <returns>T in [1e-3, 1e3]; 1 when there is nothing to fit (no reviews, or all margins zero) or no T lowers the NLL.</returns>
    public static double Fit(IReadOnlyList<double> logitMargins, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(logitMargins);
        ArgumentNullException.ThrowIfNull(labels);
        if (logitMargins.Count != labels.Count)
        {
            throw new ArgumentException("logitMargins and labels must have the same length.", nameof(labels));
        }

        if (logitMargins.Any(m => !double.IsFinite(m)))
        {
            throw new ArgumentException("Every logit margin must be finite.", nameof(logitMargins));
        }

        // Signed margins: s = m for a positive review, −m for a negative one; NLL(β) = mean log(1 + e^(−β s)).
        var signed = logitMargins.Select((m, i) => labels[i] == 1 ? m : -m).ToArray();
        if (signed.Length == 0 || signed.All(s => s == 0))
        {
            return 1;
        }

        var beta = 1.0;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double gradient = 0, curvature = 0;
            foreach (var s in signed)
            {
                var wrong = Sigmoid(-beta * s); // probability given to the wrong class
                gradient -= s * wrong;
                curvature += s * s * wrong * (1 - wrong);
            }

            // Flat curvature (everything saturated): step to the bound the gradient points at.
            var next = curvature > 0 ? beta - (gradient / curvature) : (gradient < 0 ? MaxInverseTemperature : MinInverseTemperature);
            next = Math.Clamp(next, MinInverseTemperature, MaxInverseTemperature);
            var converged = Math.Abs(next - beta) <= 1e-12 * Math.Max(1, beta);
            beta = next;
            if (converged)
            {
                break;
            }
        }

        // Where the optimum is T = 1 itself (logits already calibrated, as the mix fitted on the same rows leaves
        // them), Newton may stop an ulp away on the worse side: never return a T that does not lower the NLL.
        var temperature = 1 / beta;
        return NegativeLogLikelihood(logitMargins, labels, temperature) < NegativeLogLikelihood(logitMargins, labels, 1) ? temperature : 1;
    }

    /// <summary>The mean negative log-likelihood of the labels at temperature <paramref name="temperature"/>.</summary>
    public static double NegativeLogLikelihood(IReadOnlyList<double> logitMargins, IReadOnlyList<int> labels, double temperature)
    {
        ArgumentNullException.ThrowIfNull(logitMargins);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(temperature);
        if (logitMargins.Count == 0)
        {
            return double.NaN;
        }

        // log(1 + e^(−x)) computed without overflow for large |x|.
        return Enumerable.Range(0, logitMargins.Count).Average(i =>
        {
            var x = (labels[i] == 1 ? logitMargins[i] : -logitMargins[i]) / temperature;
            return Math.Max(-x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));
        });
    }

    /// <summary>Positive probability σ(margin / T).</summary>
    public static double PositiveProbability(double logitMargin, double temperature) => Sigmoid(logitMargin / temperature);

    private static double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));
}
