namespace SentimentPipeline.Training.Calibration;

/// <summary>Temperature scaling of the best checkpoint: the fitted T and the calibration before and after.</summary>
/// <param name="Temperature">T, fitted on the validation split's logits (minimum mean NLL).</param>
/// <param name="Bins">Equal-width confidence bins of the ECE (see <see cref="CalibrationError"/>).</param>
/// <param name="Validation">Validation split before and after.</param>
/// <param name="Test">Test split before and after.</param>
public sealed record CalibrationReport(double Temperature, int Bins, SplitCalibration Validation, SplitCalibration Test);
