using System.Security.Cryptography;
using System.Text;
using CsCheck;
using SentimentPipeline.Segmentation;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// <c>--digest</c>: one SHA-256 per segmenter output (accurate with and without HMM, search, full, and tokenize in
/// default, search and full mode) over every review of both shared corpora plus <see cref="GeneratedCount"/> seeded
/// strings of <see cref="TextGenerators.MixedText"/>. A speed change keeps the tokens when the digests printed before and after it are equal; the
/// Python parity test proves the same thing at length, this answers in seconds.
/// </summary>
public static class SegmenterDigest
{
    private const int GeneratedCount = 20_000;
    private const ulong Seed = 20_261_201;

    public static int Run()
    {
        var segmenter = JiebaSegmenter.CreateDefault();
        var texts = SharedCorpora.ReviewTexts(SharedCorpora.Tutorial)
            .Concat(SharedCorpora.ReviewTexts(SharedCorpora.OnlineShopping))
            .Concat(Generated())
            .ToList();
        var outputs = new (string Name, Func<string, IEnumerable<string>> Lines)[]
        {
            ("Cut (HMM)", t => segmenter.Cut(t)),
            ("Cut (no HMM)", t => segmenter.Cut(t, hmm: false)),
            ("CutForSearch", t => segmenter.CutForSearch(t)),
            ("CutAll", t => segmenter.CutAll(t)),
            ("Tokenize (default)", t => Offsets(segmenter.Tokenize(t, TokenizeMode.Default))),
            ("Tokenize (search)", t => Offsets(segmenter.Tokenize(t, TokenizeMode.Search))),
            ("Tokenize (full)", t => Offsets(segmenter.Tokenize(t, TokenizeMode.Full))),
        };

        Console.WriteLine($"{texts.Count} texts (both shared corpora and {GeneratedCount} generated strings, seed {Seed})");
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, lines) in outputs)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var text in texts)
            {
                // Tokens separated by U+0000 and texts by U+0001: neither is ever a whole token, so no two outputs collide.
                hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\0', lines(text)) + "\u0001"));
            }

            var digest = hash.GetHashAndReset();
            all.AppendData(digest);
            Console.WriteLine($"{name,-20} {Convert.ToHexStringLower(digest)}");
        }

        Console.WriteLine($"{"all seven",-20} {Convert.ToHexStringLower(all.GetHashAndReset())}");
        return 0;
    }

    private static IEnumerable<string> Offsets(IEnumerable<Token> tokens) => tokens.Select(t => $"{t.Word}\u0002{t.Start}\u0002{t.End}");

    // The segmenter tests' hostile mixed-script strings (broken surrogates included), drawn from a fixed seed.
    private static IEnumerable<string> Generated()
    {
        var random = new PCG(stream: 1, Seed);
        for (var i = 0; i < GeneratedCount; i++)
        {
            yield return TextGenerators.MixedText.Generate(random, null, out _);
        }
    }
}
