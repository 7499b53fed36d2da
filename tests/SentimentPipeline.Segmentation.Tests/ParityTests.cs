using System.Text;
using System.Text.Json;
using CsCheck;
using SentimentPipeline.Segmentation;
using SentimentPipeline.TestSupport;
using Xunit.Abstractions;

namespace SentimentPipeline.Segmentation.Tests;

/// <summary>
/// Same tokens as Python jieba 0.42.1, the original (tests/python/jieba-reference.py, run at test time), for every
/// review of both shared corpora and for generated mixed-script text, in all four modes, and the same
/// <c>jieba.tokenize</c> offsets in default and search mode (Python counts code points, we count UTF-16 units: ours
/// are converted before comparing). A per-mode summary and every differing text (both outputs) go to the test
/// output and to artifacts/parity/segmenter-parity.txt.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ParityTests(DefaultSegmenter fixture, ITestOutputHelper output) : IClassFixture<DefaultSegmenter>
{
    private static readonly string[] Modes = ["accurate", "nohmm", "search", "full", "tokenize", "tokenize_search"];

    [Fact]
    public void AllModes_EveryReviewOfBothCorpora_IdenticalToPythonJieba()
    {
        var reviews = SharedCorpora.ReviewTexts(SharedCorpora.Tutorial)
            .Concat(SharedCorpora.ReviewTexts(SharedCorpora.OnlineShopping))
            .ToList();
        Assert.True(reviews.Count > 60_000, $"expected both corpora, read {reviews.Count} reviews");

        AssertIdentical("every review of corpus.csv and online_shopping_10_cats.csv", reviews, "segmenter-parity.txt");
    }

    [Fact]
    public void AllModes_GeneratedMixedScriptText_IdenticalToPythonJieba()
    {
        // Emoji, control and Python-only whitespace characters, CJK extensions, Latin runs with . - + # % and
        // number ranges, full-width punctuation.
        var texts = TextGenerators.WellFormedMixedText.Array[5_000].Single();
        AssertIdentical("5,000 generated mixed-script strings", texts, "segmenter-parity-generated.txt");
    }

    private void AssertIdentical(string what, IReadOnlyList<string> texts, string reportName)
    {
        var (summary, differences) = Compare(texts);
        var report = $"Segmenter vs Python jieba {PythonJiebaRuntime.ExpectedVersion} on {what}, {DateTime.UtcNow:u}\n{summary}\n\n{string.Join('\n', differences)}\n";
        WriteReport(reportName, report);
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

        var reference = PythonJiebaRuntime.Ensure().RunScript("jieba-reference.py", [], input.ToString())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(texts.Count, reference.Length);

        var same = new int[Modes.Length];
        var differences = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            using var expected = JsonDocument.Parse(reference[i]);
            for (var m = 0; m < Modes.Length; m++)
            {
                var theirs = expected.RootElement.GetProperty(Modes[m]).EnumerateArray().Select(Value).ToList();
                var ours = Segment(fixture.Segmenter, Modes[m], texts[i]);
                if (theirs.SequenceEqual(ours))
                {
                    same[m]++;
                }
                else
                {
                    differences.Add($"{Modes[m]} text {i}: {JsonSerializer.Serialize(texts[i])}\n  Python: {JsonSerializer.Serialize(theirs)}\n  ours:   {JsonSerializer.Serialize(ours)}");
                }
            }
        }

        var summary = string.Join('\n', Modes.Select((mode, m) =>
            $"{mode,-15} {same[m]}/{texts.Count} identical ({100.0 * same[m] / texts.Count:F3}%)"));
        return (summary, differences);
    }

    /// <summary>A token, or a <c>[start, end]</c> pair of the tokenize modes as "start,end".</summary>
    private static string Value(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? $"{element[0].GetInt32()},{element[1].GetInt32()}" : element.GetString()!;

    private static IReadOnlyList<string> Segment(JiebaSegmenter segmenter, string mode, string text) => mode switch
    {
        "accurate" => segmenter.Cut(text),
        "nohmm" => segmenter.Cut(text, hmm: false),
        "search" => segmenter.CutForSearch(text),
        "full" => segmenter.CutAll(text),
        "tokenize" => CodePointOffsets(text, segmenter.Tokenize(text, TokenizeMode.Default)),
        _ => CodePointOffsets(text, segmenter.Tokenize(text, TokenizeMode.Search)),
    };

    private static List<string> CodePointOffsets(string text, IReadOnlyList<Token> tokens)
    {
        // codePoint[i] = Python's str index of UTF-16 index i (a surrogate pair is one code point).
        var codePoint = new int[text.Length + 1];
        for (int i = 0, c = 0; i <= text.Length; i++)
        {
            codePoint[i] = c;
            if (i < text.Length && !(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                c++;
            }
        }

        return tokens.Select(t => $"{codePoint[t.Start]},{codePoint[t.End]}").ToList();
    }

    private static void WriteReport(string name, string text)
    {
        var directory = Path.Combine(RepositoryPaths.Root, "artifacts", "parity");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path + ".tmp", text);
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
