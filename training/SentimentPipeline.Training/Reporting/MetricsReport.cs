using SentimentPipeline.Training.Calibration;
using SentimentPipeline.Training.Evaluation;

namespace SentimentPipeline.Training.Reporting;

/// <summary>The content of metrics.json.</summary>
/// <param name="Corpus">Data read and split.</param>
/// <param name="Preprocessing">Text encoding.</param>
/// <param name="Model">Model shape.</param>
/// <param name="Training">Training run.</param>
/// <param name="Validation">Best checkpoint on the validation split (calibrated probabilities).</param>
/// <param name="Test">Best checkpoint on the test split (the headline numbers; calibrated probabilities, which change no prediction).</param>
/// <param name="Baseline">The linear baseline on the same test split.</param>
/// <param name="Probes">Verdicts on fixed sentences, including the tutorial's two.</param>
/// <param name="TotalSeconds">Wall-clock time of the whole run.</param>
/// <param name="CreatedUtc">When the report was written.</param>
/// <param name="Calibration">Temperature scaling: T and ECE/NLL before and after on validation and test.</param>
/// <param name="Paths">Each path of a wide-and-deep model alone on the test split (before mixing), or null.</param>
public sealed record MetricsReport(
    CorpusSummary Corpus,
    PreprocessingSummary Preprocessing,
    ModelOptions Model,
    TrainingSummary Training,
    ClassificationMetrics Validation,
    ClassificationMetrics Test,
    BaselineReport Baseline,
    IReadOnlyList<ProbePrediction> Probes,
    double TotalSeconds,
    DateTime CreatedUtc,
    CalibrationReport Calibration,
    PathTestMetrics? Paths = null);
