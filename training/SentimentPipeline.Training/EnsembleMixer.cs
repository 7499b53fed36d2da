using SentimentPipeline.Training.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace SentimentPipeline.Training;

/// <summary>Fits the <see cref="EnsembleMix"/> of a trained model's two paths on held-out rows.</summary>
internal static class EnsembleMixer
{
    private const int Steps = 300;
    private const double LearningRate = 0.05;

    /// <summary>Fits three numbers by full-batch Adam on the rows' cross-entropy, starting from the plain sum.</summary>
    public static EnsembleMix Fit(SentimentClassifier model, EncodedDataset data, int[] rows) => Mix(model, data, rows, Steps);

    /// <summary>The plain sum (1 · deep + 1 · wide), measured on the rows: a deep path trained on top of the wide one.</summary>
    public static EnsembleMix Sum(SentimentClassifier model, EncodedDataset data, int[] rows) => Mix(model, data, rows, steps: 0);

    private static EnsembleMix Mix(SentimentClassifier model, EncodedDataset data, int[] rows, int steps)
    {
        var wide = model.Wide ?? throw new InvalidOperationException("The model has no wide path to mix.");
        using var scope = NewDisposeScope();
        var deepLogits = Logits(model, (ids, lengths, _) => model.DeepLogits(ids, lengths), data, rows);
        var wideLogits = Logits(model, (ids, _, charIds) => wide.call(ids, charIds), data, rows);
        var labels = tensor(rows.Select(r => (long)data.LabelOf(r)).ToArray());
        var deepScale = nn.Parameter(ones(1));
        var wideScale = nn.Parameter(ones(1));
        var bias = nn.Parameter(zeros(1));
        using (var optimizer = optim.Adam([deepScale, wideScale, bias], lr: LearningRate))
        {
            for (var step = 0; step < steps; step++)
            {
                optimizer.zero_grad();
                var loss = nn.functional.cross_entropy(Mixed(deepLogits, wideLogits, deepScale, wideScale, bias), labels);
                loss.backward();
                optimizer.step();
            }
        }

        using var noGrad = no_grad();
        return new EnsembleMix(
            deepScale.item<float>(),
            wideScale.item<float>(),
            bias.item<float>(),
            Accuracy(Mixed(deepLogits, wideLogits, deepScale, wideScale, bias), labels),
            Accuracy(deepLogits, labels),
            Accuracy(wideLogits, labels));
    }

    private static Tensor Mixed(Tensor deep, Tensor wide, Tensor deepScale, Tensor wideScale, Tensor bias) =>
        (deep * deepScale) + (wide * wideScale) + cat([zeros(1), bias]);

    private static double Accuracy(Tensor logits, Tensor labels) => logits.argmax(1).eq(labels).to(float64).mean().item<double>();

    private static Tensor Logits(SentimentClassifier model, Func<Tensor, Tensor, Tensor, Tensor> logits, EncodedDataset data, int[] rows)
    {
        var (_, _, all) = ClassifierScoring.Logits(model, logits, data, rows);
        return all;
    }
}
