using SentimentPipeline.OnnxExport.Wide;
using SentimentPipeline.TorchSharpNative;
using SentimentPipeline.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace SentimentPipeline.OnnxExport.Tests.Support;

/// <summary>
/// A small <see cref="SentimentClassifier"/> trained for a few Adam steps on a synthetic task (positive when
/// token 2 occurs), so that the exported weights are trained weights, not just their initialisation. The wide-and-deep
/// variant has max pooling and a wide path of the 80 most frequent n-grams of random reviews; attention pooling is
/// added on request.
/// </summary>
internal static class TinyTrainedClassifier
{
    public const int Vocabulary = 40;

    public static SentimentClassifier Create(int layers, bool bidirectional, int seed, bool wideAndDeep = false, int denseSize = 0, bool attentionPooling = false)
    {
        TorchSharpNativeLoader.EnsureLoaded();
        torch.manual_seed(seed);
        var features = wideAndDeep ? WideFeatures(seed) : null;
        var model = new SentimentClassifier(new ModelOptions(Vocabulary, EmbeddingSize: 8, HiddenSize: 6, layers, bidirectional, Dropout: 0.2,
            EmbeddingDropout: wideAndDeep ? 0.1 : 0, MaxPooling: wideAndDeep, features?.Tokens.Count ?? 0, features?.Characters.Count ?? 0, DenseSize: denseSize, AttentionPooling: attentionPooling));
        if (features is not null)
        {
            model.Wide!.SetFeatures(features);
        }

        using var optimizer = optim.Adam(model.parameters(), lr: 0.02);
        model.train();
        for (var step = 0; step < 25; step++)
        {
            using var scope = NewDisposeScope();
            var batch = TokenBatch.Random(16, sequenceLength: 10, Vocabulary, seed: seed * 100 + step);
            var labels = Enumerable.Range(0, batch.BatchSize)
                .Select(b => batch.Row(b).Take(batch.Lengths[b]).Contains(2) ? 1L : 0L)
                .ToArray();
            optimizer.zero_grad();
            var loss = nn.functional.cross_entropy(Forward(model, batch), tensor(labels));
            loss.backward();
            optimizer.step();
        }

        model.eval();
        return model;
    }

    // The most frequent 80 n-grams of random reviews like the training batches' (token and character ones).
    private static WideFeatureSet WideFeatures(int seed)
    {
        var batch = TokenBatch.Random(64, sequenceLength: 10, Vocabulary, seed: seed + 7);
        var reviews = Enumerable.Range(0, batch.BatchSize)
            .Select(b => (batch.Row(b)[..batch.Lengths[b]], batch.CharRow(b)[..batch.CharLengthOf(b)]))
            .ToList();
        return WideFeatureSet.Fit(reviews, maxFeatures: 80);
    }

    /// <summary>Probabilities [batch, 2] row-major from the TorchSharp forward pass in eval mode, logits divided by <paramref name="temperature"/>.</summary>
    public static float[] Probabilities(SentimentClassifier model, TokenBatch batch, double temperature = 1)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return nn.functional.softmax(Forward(model, batch) / temperature, 1).data<float>().ToArray();
    }

    private static Tensor Forward(SentimentClassifier model, TokenBatch batch) =>
        model.call(
            tensor(batch.TokenIds, [batch.BatchSize, batch.SequenceLength]),
            tensor(batch.Lengths.Select(l => (long)l).ToArray()),
            tensor(batch.CharIds, [batch.BatchSize, batch.CharacterLength]));
}
