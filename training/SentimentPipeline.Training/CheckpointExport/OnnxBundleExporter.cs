using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport;
using SentimentPipeline.Preprocessing;
using static TorchSharp.torch;

namespace SentimentPipeline.Training.CheckpointExport;

/// <summary>
/// The export step: turns a trained classifier and its text encoder into <c>model.onnx</c> + <c>vocabulary.json</c>
/// (+ their checksums, <see cref="ModelBundleFiles.Checksums"/>) in a bundle directory. Before anything is written,
/// ONNX Runtime (C#) scores the given reviews and must agree with the TorchSharp forward pass within
/// <see cref="Tolerance"/>; the reviews and TorchSharp's probabilities are saved as <see cref="OnnxParitySample.FileName"/> so other runtimes can be checked against them too.
/// </summary>
public static class OnnxBundleExporter
{
    /// <summary>Largest absolute probability difference accepted between TorchSharp and ONNX Runtime.</summary>
    public const double Tolerance = 1e-5;

    private const int ParityBatchSize = 37;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Exports, verifies and writes the bundle files.</summary>
    /// <param name="model">The trained classifier (switched to eval mode).</param>
    /// <param name="encoder">The encoder the model was trained with (vocabulary, max length).</param>
    /// <param name="labels">Label names in output order.</param>
    /// <param name="dictionarySha256">The segmenter's <c>DictionarySha256</c>.</param>
    /// <param name="metricsJson">The run's test metrics as a JSON object.</param>
    /// <param name="parityReviews">Encoded reviews to compare the runtimes on (e.g. the test split); at least one.</param>
    /// <param name="outputDirectory">The bundle directory.</param>
    /// <param name="temperature">Calibration temperature, applied in the graph and in the TorchSharp reference alike (1 = none).</param>
    /// <exception cref="OnnxParityException">ONNX Runtime disagrees with TorchSharp; nothing was written.</exception>
    public static OnnxExportResult Export(
        SentimentClassifier model,
        TextEncoder encoder,
        IReadOnlyList<string> labels,
        string dictionarySha256,
        string metricsJson,
        IReadOnlyList<EncodedText> parityReviews,
        string outputDirectory,
        double temperature = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(parityReviews);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        if (parityReviews.Count == 0)
        {
            throw new ArgumentException("At least one review is needed to verify the export.", nameof(parityReviews));
        }

        model.eval();
        var metadata = new OnnxModelMetadata(labels, encoder.MaxLength, encoder.MaxCharacters, Vocabulary.PadId, Vocabulary.UnkId,
            TextEncoder.PreprocessingVersion, dictionarySha256, metricsJson, encoder.Vocabulary.Tokens);
        var onnx = SentimentOnnxExporter.Serialize(ClassifierWeightsReader.Read(model, temperature), metadata);

        var batches = ParityBatches(model, parityReviews, encoder.MaxLength, encoder.MaxCharacters, temperature);
        var maxDifference = MaxDifferenceInOnnxRuntime(onnx, batches);
        if (!(maxDifference <= Tolerance))
        {
            throw new OnnxParityException(
                $"ONNX Runtime differs from TorchSharp by up to {maxDifference:E3} (tolerance {Tolerance:E0}) on {parityReviews.Count} reviews; model.onnx was not written.");
        }

        var modelPath = Path.Combine(outputDirectory, ModelBundleFiles.Model);
        var vocabularyPath = Path.Combine(outputDirectory, ModelBundleFiles.Vocabulary);
        encoder.Vocabulary.Save(vocabularyPath);
        AtomicFile.WriteAllBytes(Path.Combine(outputDirectory, OnnxParitySample.FileName),
            JsonSerializer.SerializeToUtf8Bytes(new OnnxParitySample(Tolerance, batches, maxDifference), JsonOptions));
        // The model after its vocabulary: a directory with model.onnx always has the vocabulary that belongs to it.
        AtomicFile.WriteAllBytes(modelPath, onnx);
        // The checksums last: until they are written, loading refuses the new model (it does not match the old ones).
        ModelBundleChecksums.Write(outputDirectory);
        return new OnnxExportResult(modelPath, onnx.LongLength, vocabularyPath, parityReviews.Count, maxDifference);
    }

    /// <summary>The first review alone (batch of 1), then all of them in batches of 37, padded to the max length.</summary>
    private static List<OnnxParityBatch> ParityBatches(SentimentClassifier model, IReadOnlyList<EncodedText> reviews, int maxLength, int maxCharacters, double temperature)
    {
        var groups = new List<EncodedText[]> { new[] { reviews[0] } };
        groups.AddRange(reviews.Chunk(ParityBatchSize));
        return groups.Select(group =>
        {
            var ids = group.SelectMany(r => r.Ids).ToArray();
            var lengths = group.Select(r => r.Length).ToArray();
            var charIds = group.SelectMany(r => r.CharIds).ToArray();
            return new OnnxParityBatch(ids, lengths, maxLength, charIds, maxCharacters, TorchSharpProbabilities(model, ids, lengths, charIds, maxCharacters, temperature));
        }).ToList();
    }

    private static float[] TorchSharpProbabilities(SentimentClassifier model, long[] ids, int[] lengths, long[] charIds, int maxCharacters, double temperature)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var logits = model.call(tensor(ids, [lengths.Length, ids.Length / lengths.Length]), tensor(lengths.Select(l => (long)l).ToArray()),
            tensor(charIds, [lengths.Length, maxCharacters]));
        return nn.functional.softmax(logits / temperature, 1).data<float>().ToArray();
    }

    private static double MaxDifferenceInOnnxRuntime(byte[] onnx, IReadOnlyList<OnnxParityBatch> batches)
    {
        using var session = new InferenceSession(onnx);
        var worst = 0.0;
        foreach (var batch in batches)
        {
            using var ids = OrtValue.CreateTensorValueFromMemory(batch.TokenIds, [batch.Lengths.Length, batch.SequenceLength]);
            using var lengths = OrtValue.CreateTensorValueFromMemory(batch.Lengths, [batch.Lengths.Length]);
            using var charIds = OrtValue.CreateTensorValueFromMemory(batch.CharIds, [batch.Lengths.Length, batch.CharacterLength]);
            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions,
                new Dictionary<string, OrtValue> { [ModelTensorNames.TokenIds] = ids, [ModelTensorNames.Lengths] = lengths, [ModelTensorNames.CharIds] = charIds },
                [ModelTensorNames.Probabilities]);
            var probabilities = outputs[0].GetTensorDataAsSpan<float>();
            for (var i = 0; i < probabilities.Length; i++)
            {
                // Math.Max propagates NaN, which then fails the caller's tolerance check.
                worst = Math.Max(worst, Math.Abs((double)probabilities[i] - batch.Probabilities[i]));
            }
        }

        return worst;
    }
}
