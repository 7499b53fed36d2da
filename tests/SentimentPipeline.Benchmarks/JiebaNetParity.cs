using System.Globalization;
using System.Text;
using System.Text.Json;
using SentimentPipeline.Segmentation;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// <c>--jiebanet-parity</c>: the facts behind the README's "why not jieba.NET" note, measured in one run. Both
/// segmenters against Python jieba 0.42.1 on every review of both shared corpora in the four modes, how many
/// reviews each gives back losslessly in accurate mode, and whether a word added to one jieba.NET segmenter
/// changes another one (its dictionary is a process-wide singleton).
/// </summary>
public static class JiebaNetParity
{
    private static readonly string[] Modes = ["accurate", "nohmm", "search", "full"];

    public static int Run()
    {
        var reviews = SharedCorpora.ReviewTexts(SharedCorpora.Tutorial)
            .Concat(BenchmarkReviews.Load())
            .ToList();
        var input = new StringBuilder();
        foreach (var review in reviews)
        {
            input.Append(JsonSerializer.Serialize(review)).Append('\n');
        }

        var python = PythonJiebaRuntime.Ensure().RunScript("jieba-reference.py", [], input.ToString())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var ours = JiebaSegmenter.CreateDefault();
        var jiebaNet = JiebaNetReference.Create();
        Func<string, int, IReadOnlyList<string>> oursByMode = (text, mode) => mode switch
        {
            0 => ours.Cut(text),
            1 => ours.Cut(text, hmm: false),
            2 => ours.CutForSearch(text),
            _ => ours.CutAll(text),
        };
        Func<string, int, IReadOnlyList<string>> jiebaNetByMode = (text, mode) => (mode switch
        {
            0 => jiebaNet.Cut(text, cutAll: false, hmm: true),
            1 => jiebaNet.Cut(text, cutAll: false, hmm: false),
            2 => jiebaNet.CutForSearch(text, hmm: true),
            _ => jiebaNet.Cut(text, cutAll: true, hmm: false),
        }).ToList();

        var same = new int[2, Modes.Length];
        var lossless = new int[2];
        var broken = new int[2];
        for (var i = 0; i < reviews.Count; i++)
        {
            using var expected = JsonDocument.Parse(python[i]);
            for (var m = 0; m < Modes.Length; m++)
            {
                var theirs = expected.RootElement.GetProperty(Modes[m]).EnumerateArray().Select(e => e.GetString()!).ToList();
                same[0, m] += theirs.SequenceEqual(oursByMode(reviews[i], m)) ? 1 : 0;
                same[1, m] += theirs.SequenceEqual(jiebaNetByMode(reviews[i], m)) ? 1 : 0;
            }

            lossless[0] += string.Concat(oursByMode(reviews[i], 0)) == reviews[i] ? 1 : 0;
            lossless[1] += string.Concat(jiebaNetByMode(reviews[i], 0)) == reviews[i] ? 1 : 0;
            if (IsWellFormed(reviews[i]))
            {
                broken[0] += oursByMode(reviews[i], 0).Any(t => !IsWellFormed(t)) ? 1 : 0;
                broken[1] += jiebaNetByMode(reviews[i], 0).Any(t => !IsWellFormed(t)) ? 1 : 0;
            }
        }

        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine($"{reviews.Count} reviews (corpus.csv + online_shopping_10_cats.csv); reviews whose tokens equal Python jieba 0.42.1's:");
        Console.WriteLine("| mode | ours | jieba.NET 0.42.2 |");
        Console.WriteLine("| --- | ---: | ---: |");
        for (var m = 0; m < Modes.Length; m++)
        {
            Console.WriteLine(string.Create(invariant, $"| {Modes[m]} | {same[0, m]:N0} ({100.0 * same[0, m] / reviews.Count:F2}%) | {same[1, m]:N0} ({100.0 * same[1, m] / reviews.Count:F2}%) |"));
        }

        Console.WriteLine(string.Create(invariant, $"| accurate tokens concatenate to the review | {lossless[0]:N0} | {lossless[1]:N0} |"));
        Console.WriteLine(string.Create(invariant, $"| well-formed review, a token is half a surrogate pair (emoji, CJK extension split) | {broken[0]:N0} | {broken[1]:N0} |"));
        Console.WriteLine($"jieba.NET: a word added to one segmenter is seen by another one: {SharesDictionary()}");
        foreach (var text in (string[])["质量不错👍👍", "我在\U00020000\U00020001里面"])
        {
            Console.WriteLine($"{Show(text)}: ours {string.Join(" | ", ours.Cut(text).Select(Show))}; jieba.NET {string.Join(" | ", jiebaNetByMode(text, 0).Select(Show))}");
        }
        return 0;
    }

    /// <summary>The text with lone surrogates written as <c>\uXXXX</c>, so that a split pair shows.</summary>
    private static string Show(string text) => IsWellFormed(text)
        ? text
        : string.Concat(text.Select(c => char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds a word to one new jieba.NET segmenter and asks a second one to cut it.</summary>
    private static bool SharesDictionary()
    {
        const string word = "榴莲酥饼干";
        var first = JiebaNetReference.Create();
        var second = JiebaNetReference.Create();
        var before = second.Cut(word).Count();
        first.AddWord(word);
        var after = second.Cut(word).ToList();
        first.DeleteWord(word);
        return before > 1 && after.Count == 1 && after[0] == word;
    }
}
