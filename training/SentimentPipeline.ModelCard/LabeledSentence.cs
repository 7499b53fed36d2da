namespace SentimentPipeline.ModelCard;

/// <summary>A sentence and the label a reader would give it.</summary>
/// <param name="Expected"><c>positive</c> or <c>negative</c>.</param>
/// <param name="Text">The sentence.</param>
public sealed record LabeledSentence(string Expected, string Text);
