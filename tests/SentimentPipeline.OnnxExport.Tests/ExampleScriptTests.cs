using System.Text.Json;
using SentimentPipeline.OnnxExport.Tests.Support;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Preprocessing.Corpus;
using SentimentPipeline.Segmentation;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.OnnxExport.Tests;

/// <summary>
/// The README's JavaScript example (examples/score-review.js) scores reviews from nothing but model.onnx: its
/// ids and probabilities must equal the .NET text encoder + ONNX Runtime C#.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ExampleScriptTests
{
    [Fact]
    public void ScoreReviewExample_CorpusReviewsAndEdgeCases_EqualsDotNetEncoderAndRuntime()
    {
        var segmenter = JiebaSegmenter.CreateDefault();
        var corpus = CorpusReader.Read(Path.Combine(RepositoryPaths.SharedData, "corpus.csv"));
        var texts = corpus.Reviews.Take(25).Select(r => r.Text)
            .Concat(["", "   ", "手机很好用😀👍 GREAT Phone", string.Concat(Enumerable.Repeat("质量不错，物流很快。", 20))])
            .ToList();
        var vocabulary = Vocabulary.Build(corpus.Reviews.Take(15).Select(r => TextEncoder.VocabularyEntries(TextEncoder.Tokenize(segmenter, r.Text)).ToList()));
        var encoder = new TextEncoder(segmenter, vocabulary, maxLength: 32, maxCharacters: 48);
        var weights = RandomWeights.Create(vocabulary.Count, embedding: 6, hidden: 4, layers: 1, bidirectional: true);
        var metadata = TestMetadata.For(vocabulary.Count) with
        {
            MaxLength = encoder.MaxLength,
            MaxCharacters = encoder.MaxCharacters,
            DictionarySha256 = segmenter.DictionarySha256,
            VocabularyTokens = vocabulary.Tokens,
        };
        using var directory = new TemporaryDirectory();
        var modelPath = Path.Combine(directory.Path, "model.onnx");
        SentimentOnnxExporter.Export(weights, metadata, modelPath);

        var script = Path.Combine(RepositoryPaths.Root, "examples", "score-review.js");
        var lines = NodeReferenceRuntime.Ensure().RunScript(script, [modelPath, .. texts])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(texts.Count, lines.Length);
        var model = File.ReadAllBytes(modelPath);
        for (var i = 0; i < texts.Count; i++)
        {
            using var result = JsonDocument.Parse(lines[i]);
            var encoded = encoder.Encode(texts[i]);
            Assert.Equal(encoded.Length, result.RootElement.GetProperty("length").GetInt32());
            Assert.Equal(encoded.Ids.Take(encoded.Length), result.RootElement.GetProperty("ids").EnumerateArray().Select(id => id.GetInt64()));
            Assert.Equal(encoded.CharLength, result.RootElement.GetProperty("charLength").GetInt32());
            Assert.Equal(encoded.CharIds.Take(encoded.CharLength), result.RootElement.GetProperty("charIds").EnumerateArray().Select(id => id.GetInt64()));
            var expected = OnnxRuntimeScorer.Score(model, new TokenBatch(encoded.Ids, [encoded.Length], encoded.Ids.Length, encoded.CharIds, encoded.CharIds.Length));
            var actual = result.RootElement.GetProperty("probabilities").EnumerateArray().Select(p => p.GetSingle()).ToArray();
            ParityAssert.Close(expected, actual, $"review {i}");
        }
    }

    [Fact]
    public void ScoreReviewExample_ModelFromAnotherDictionary_RefusesToScore()
    {
        using var directory = new TemporaryDirectory();
        var modelPath = Path.Combine(directory.Path, "model.onnx");
        SentimentOnnxExporter.Export(RandomWeights.Create(10, 4, 3, 1, false), TestMetadata.For(10) with { DictionarySha256 = new string('a', 64) }, modelPath);
        var script = Path.Combine(RepositoryPaths.Root, "examples", "score-review.js");

        var error = Assert.Throws<InvalidOperationException>(() => NodeReferenceRuntime.Ensure().RunScript(script, [modelPath, "好"]));

        Assert.Contains("dictionary", error.Message, StringComparison.Ordinal);
    }
}
