namespace SentimentPipeline.Training;

/// <summary>
/// How the deep and the wide path are combined: logits = <see cref="DeepScale"/> · deep + <see cref="WideScale"/> ·
/// wide + [0, <see cref="PositiveBias"/>], fitted by cross-entropy on the validation split.
/// </summary>
/// <param name="DeepScale">Weight of the deep path's logits.</param>
/// <param name="WideScale">Weight of the wide path's logits.</param>
/// <param name="PositiveBias">Added to the positive class's logit.</param>
/// <param name="ValidationAccuracy">Validation accuracy of the mixed model.</param>
/// <param name="DeepValidationAccuracy">Validation accuracy of the deep path alone.</param>
/// <param name="WideValidationAccuracy">Validation accuracy of the wide path alone.</param>
public sealed record EnsembleMix(
    double DeepScale,
    double WideScale,
    double PositiveBias,
    double ValidationAccuracy,
    double DeepValidationAccuracy,
    double WideValidationAccuracy);
