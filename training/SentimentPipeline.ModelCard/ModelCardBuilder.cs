using SentimentPipeline.ModelBundle;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.ModelCard;

/// <summary>Builds the card of a bundle directory: reads its metrics and training command, scores the limitations set with its model.</summary>
public static class ModelCardBuilder
{
    /// <summary>The file, in the bundle directory, that holds the command which trained the bundle (one line).</summary>
    public const string CommandFile = "training-command.txt";

    /// <summary>The card of the bundle in <paramref name="bundleDirectory"/>.</summary>
    /// <exception cref="FileNotFoundException">metrics.json or the command file is missing.</exception>
    /// <exception cref="InvalidDataException">metrics.json or the limitations file is malformed; the message names it.</exception>
    /// <exception cref="ModelBundleException">The model cannot be loaded.</exception>
    public static string Build(string bundleDirectory, string limitationsPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bundleDirectory);
        var metrics = MetricsDocument.Load(Path.Combine(bundleDirectory, ModelBundleFiles.Metrics));
        var command = File.ReadAllText(Path.Combine(bundleDirectory, CommandFile)).Trim();
        var limitations = LimitationSet.Load(limitationsPath);
        LimitationResults results;
        using (var model = SentimentModel.Load(bundleDirectory))
        {
            results = LimitationEvaluator.Evaluate(model, limitations);
        }

        var plots = Directory.GetFiles(bundleDirectory, "*.png").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var modelBytes = new FileInfo(Path.Combine(bundleDirectory, ModelBundleFiles.Model)).Length;
        return ModelCardWriter.Write(new ModelCardInputs(metrics, results, command, modelBytes, plots));
    }
}
