namespace SentimentPipeline.Segmentation;

/// <summary>One parsed dictionary line: <c>word [freq] [tag]</c>; a missing frequency is null.</summary>
internal readonly record struct DictionaryLine(string Word, long? Frequency, string Tag);
