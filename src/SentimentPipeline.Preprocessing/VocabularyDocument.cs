namespace SentimentPipeline.Preprocessing;

/// <summary>The JSON shape of vocabulary.json.</summary>
internal sealed record VocabularyDocument(string Format, int Version, IReadOnlyList<string> Tokens);
