using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport;
using SentimentPipeline.OnnxExport.Weights;
using SentimentPipeline.Prediction;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Segmentation;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// The model the prediction benchmarks run: the bundle in <c>SENTIMENT_MODEL</c> if set, else
/// <c>artifacts/model</c> if training left one there, else a bundle of the default training shape (BiLSTM,
/// embedding 128, hidden 128, 3,000 ids, 64 tokens) with seeded random weights, written once to
/// <c>artifacts/benchmark-model</c>. Inference time does not depend on the weights' values, only on that shape.
/// </summary>
public static class PredictionBenchmarkModel
{
    public const string ModelVariable = "SENTIMENT_MODEL";

    /// <summary>Reviews the prediction benchmarks score (<see cref="BenchmarkReviews.Spread"/>: evenly over online_shopping_10_cats.csv).</summary>
    public const int SampleSize = 1024;

    public static string Directory
    {
        get
        {
            if (Environment.GetEnvironmentVariable(ModelVariable) is { Length: > 0 } configured)
            {
                return configured;
            }

            var trained = Path.Combine(RepositoryPaths.Root, "artifacts", "model");
            if (File.Exists(Path.Combine(trained, ModelBundleFiles.Model)) && File.Exists(Path.Combine(trained, ModelBundleFiles.Vocabulary)))
            {
                return trained;
            }

            var generated = Path.Combine(RepositoryPaths.Root, "artifacts", "benchmark-model");
            if (!File.Exists(Path.Combine(generated, ModelBundleFiles.Checksums)))
            {
                WriteDefaultShape(generated);
            }

            return generated;
        }
    }

    public static SentimentModel Load(int batchSize = PredictionOptions.DefaultBatchSize)
        => SentimentModel.Load(Directory, new PredictionOptions { BatchSize = batchSize });

    private static void WriteDefaultShape(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        var segmenter = JiebaSegmenter.CreateDefault();
        var vocabulary = Vocabulary.Build(BenchmarkReviews.Load().Take(20_000).Select(r => TextEncoder.Tokenize(segmenter, r)));
        var metadata = new OnnxModelMetadata([SentimentLabels.Negative, SentimentLabels.Positive], TextEncoder.DefaultMaxLength,
            TextEncoder.DefaultMaxCharacters, Vocabulary.PadId, Vocabulary.UnkId, TextEncoder.PreprocessingVersion, segmenter.DictionarySha256, "{}", vocabulary.Tokens);
        SentimentOnnxExporter.Export(RandomWeights(vocabulary.Count, embedding: 128, hidden: 128), metadata, Path.Combine(directory, ModelBundleFiles.Model));
        vocabulary.Save(Path.Combine(directory, ModelBundleFiles.Vocabulary));
        ModelBundleChecksums.Write(directory);
    }

    private static SentimentModelWeights RandomWeights(int vocabulary, int embedding, int hidden)
    {
        var random = new Random(2026);
        WeightTensor Tensor(params int[] shape)
            => new([.. Enumerable.Range(0, shape.Aggregate(1, (a, b) => a * b)).Select(_ => (float)((random.NextDouble() * 0.2) - 0.1))], shape);
        LstmDirectionWeights Direction() => new(Tensor(4 * hidden, embedding), Tensor(4 * hidden, hidden), Tensor(4 * hidden), Tensor(4 * hidden));
        return new SentimentModelWeights(Tensor(vocabulary, embedding), [new LstmLayerWeights(Direction(), Direction())], Tensor(2, 2 * hidden), Tensor(2));
    }
}
