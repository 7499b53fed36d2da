using System.Security.Cryptography;
using System.Text;
using SentimentPipeline.Segmentation;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// <c>--digest</c>: one SHA-256 per segmenter output (accurate with and without HMM, search, full, and tokenize in
/// default, search and full mode) over every review of both shared corpora plus <see cref="GeneratedCount"/> seeded
/// mixed-script strings. A speed change keeps the tokens when the digests printed before and after it are equal; the
/// Python parity test proves the same thing at length, this answers in seconds.
/// </summary>
public static class SegmenterDigest
{
    private const int GeneratedCount = 20_000;
    private const int Seed = 20_261_201;

    // Text the random strings are drawn from: common Han, characters Python jieba treats specially (Han range ends,
    // extension planes, emoji, Python-only whitespace, broken surrogates, number punctuation).
    private const string Han = "的一是不了人我在有他这中大来上个国到说们为子和你地出会也时要就可以对生能而那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实手机屏幕电池质量物流客服价格";
    private static readonly string[] Specials =
    [
        "\u9FD5", "\u9FD6", "\u3400", "\uF900", "\U00020000", "\U0001F44D", "\uD800", "\uDC00", "\r\n", "\u001C", "\u0085",
        "\u3000", " ", "\t", "，", "。", "！", "…", "10-15", "99.5%", "3.5", "WES-5.4.5", "a", "Z", "0", "9", ".", "-",
        "+", "#", "&", "_", "%", "B超", "iPhone",
    ];

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

    private static IEnumerable<string> Generated()
    {
        var random = new Random(Seed);
        var text = new StringBuilder();
        for (var i = 0; i < GeneratedCount; i++)
        {
            text.Clear();
            var pieces = random.Next(0, 40);
            for (var p = 0; p < pieces; p++)
            {
                var kind = random.Next(10);
                if (kind < 3)
                {
                    text.Append(Specials[random.Next(Specials.Length)]);
                }
                else if (kind == 3)
                {
                    text.Append((char)random.Next(0x4E00, 0xA000));
                }
                else
                {
                    text.Append(Han[random.Next(Han.Length)]);
                }
            }

            yield return text.ToString();
        }
    }
}
