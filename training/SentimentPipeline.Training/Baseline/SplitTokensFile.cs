using System.Text;
using System.Text.Json;
using SentimentPipeline.Training.Data;

namespace SentimentPipeline.Training.Baseline;

/// <summary>
/// Writes a run's split as JSON lines <c>{"split":"train|validation|test","label":0|1,"tokens":[…]}</c> in corpus
/// order, so that <c>benchmarks/sklearn-baseline.py</c> can fit scikit-learn on exactly our tokens and split.
/// The file holds corpus text: it belongs in an output folder, never in the repository.
/// </summary>
public static class SplitTokensFile
{
    /// <summary>Writes <paramref name="path"/> (UTF-8, LF, no BOM).</summary>
    public static void Write(string path, PreparedCorpus prepared)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(prepared);
        var splitOf = new string[prepared.Tokens.Length];
        foreach (var (name, rows) in new[] { ("train", prepared.Split.Train), ("validation", prepared.Split.Validation), ("test", prepared.Split.Test) })
        {
            foreach (var row in rows)
            {
                splitOf[row] = name;
            }
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        for (var i = 0; i < splitOf.Length; i++)
        {
            writer.WriteLine(JsonSerializer.Serialize(new { split = splitOf[i], label = prepared.Labels[i], tokens = prepared.Tokens[i] }));
        }
    }
}
