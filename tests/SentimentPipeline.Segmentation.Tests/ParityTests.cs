using CsCheck;
using System.Text;
using System.Text.Json;
using SentimentPipeline.Segmentation;
using SentimentPipeline.Tests.Shared;
using Xunit.Abstractions;

namespace SentimentPipeline.Segmentation.Tests;

/// <summary>
/// Same tokens as jieba-rs (@node-rs/jieba 2.0.3, run through tests/node/jieba-reference.js at test time) for
/// every review of both shared corpora, in all four modes. A per-mode summary and every differing review
/// (both outputs) go to the test output and to artifacts/parity/segmenter-parity.txt.
/// </summary>
public sealed class ParityTests(DefaultSegmenter fixture, ITestOutputHelper output) : IClassFixture<DefaultSegmenter>
{
    private static readonly string[] Modes = ["accurate", "nohmm", "search", "full"];

    [Fact]
    public void AllModes_EveryReviewOfBothCorpora_IdenticalToJiebaRs()
    {
        var reviews = ReviewCorpus.ReadColumn(Path.Combine(RepositoryPaths.SharedData, "corpus.csv"), "evaluation")
            .Concat(ReviewCorpus.ReadColumn(Path.Combine(RepositoryPaths.SharedData, "online_shopping_10_cats.csv"), "review"))
            .ToList();
        Assert.True(reviews.Count > 60_000, $"expected both corpora, read {reviews.Count} reviews");

        var (summary, differences) = Compare(reviews);
        WriteReport("every review of corpus.csv and online_shopping_10_cats.csv", summary, differences);
        output.WriteLine(summary);
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n{summary}\n{string.Join('\n', differences.Take(20))}");
    }

    [Fact]
    public void AllModes_GeneratedMixedScriptText_IdenticalToJiebaRs()
    {
        // Emoji, control characters, CJK extensions, Latin runs with . - + # % and full-width punctuation.
        var texts = TextGenerators.WellFormedMixedText.Array[5_000].Single();
        var (summary, differences) = Compare(texts);
        output.WriteLine(summary);
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n{summary}\n{string.Join('\n', differences.Take(20))}");
    }

    private (string Summary, List<string> Differences) Compare(IReadOnlyList<string> texts)
    {
        var input = new StringBuilder();
        foreach (var text in texts)
        {
            input.Append(JsonSerializer.Serialize(text)).Append('\n');
        }

        var reference = NodeReferenceRuntime.Ensure().RunScript("jieba-reference.js", [], input.ToString())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(texts.Count, reference.Length);

        var same = new int[Modes.Length];
        var differences = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            using var expected = JsonDocument.Parse(reference[i]);
            for (var m = 0; m < Modes.Length; m++)
            {
                var theirs = expected.RootElement.GetProperty(Modes[m]).EnumerateArray().Select(e => e.GetString()!).ToList();
                var ours = Segment(fixture.Segmenter, Modes[m], texts[i]);
                if (theirs.SequenceEqual(ours))
                {
                    same[m]++;
                }
                else
                {
                    differences.Add($"{Modes[m]} text {i}: {JsonSerializer.Serialize(texts[i])}\n  jieba-rs: {JsonSerializer.Serialize(theirs)}\n  ours:     {JsonSerializer.Serialize(ours)}");
                }
            }
        }

        var summary = string.Join('\n', Modes.Select((mode, m) =>
            $"{mode,-8} {same[m]}/{texts.Count} identical ({100.0 * same[m] / texts.Count:F3}%)"));
        return (summary, differences);
    }

    private static IReadOnlyList<string> Segment(JiebaSegmenter segmenter, string mode, string text) => mode switch
    {
        "accurate" => segmenter.Cut(text),
        "nohmm" => segmenter.Cut(text, hmm: false),
        "search" => segmenter.CutForSearch(text),
        _ => segmenter.CutAll(text),
    };

    private static void WriteReport(string what, string summary, List<string> differences)
    {
        var directory = Path.Combine(RepositoryPaths.Root, "artifacts", "parity");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "segmenter-parity.txt");
        var text = $"Segmenter vs jieba-rs (@node-rs/jieba 2.0.3) on {what}, {DateTime.UtcNow:u}\n{summary}\n\n{string.Join('\n', differences)}\n";
        File.WriteAllText(path + ".tmp", text);
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
