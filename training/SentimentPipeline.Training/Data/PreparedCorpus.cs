using System.Diagnostics;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Preprocessing.Corpus;
using SentimentPipeline.Segmentation;
using Spectre.Console;

namespace SentimentPipeline.Training.Data;

/// <summary>
/// A corpus read, segmented and split the way every command does it (the <c>train</c> and <c>baseline</c> commands
/// share this, so the same options give both the same split and tokens).
/// </summary>
/// <param name="Corpus">The reviews read and the rows skipped.</param>
/// <param name="Tokens">Each review's encoder tokens (untruncated).</param>
/// <param name="SegmentationSeconds">Time the segmentation took.</param>
/// <param name="Split">The stratified, seeded split.</param>
public sealed record PreparedCorpus(ReviewCorpus Corpus, IReadOnlyList<string>[] Tokens, double SegmentationSeconds, DataSplit Split)
{
    /// <summary>Each review's label (0/1).</summary>
    public int[] Labels { get; } = Corpus.Reviews.Select(r => r.Label).ToArray();

    /// <summary>Each review's category, or null.</summary>
    public string?[] Categories { get; } = Corpus.Reviews.Select(r => r.Category).ToArray();

    /// <summary>Reads the corpus (throwing or skipping invalid rows), segments every review and splits by category and label.</summary>
    /// <exception cref="CorpusFormatException">The corpus is invalid (and rows are not being skipped), or has no valid review.</exception>
    public static PreparedCorpus Load(TrainingOptions options, JiebaSegmenter segmenter, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(console);
        var corpus = CorpusReader.Read(options.CorpusPath, new CorpusReadOptions(options.Format, options.SkipInvalidRows));
        var skipped = corpus.SkippedRows.Count == 0 ? "none" : string.Join(", ", corpus.SkippedByKind.Select(k => $"{k.Key} {k.Value}"));
        console.MarkupLine($"Read {corpus.Reviews.Count} reviews ({Markup.Escape(corpus.Format.Name)}) from {Markup.Escape(options.CorpusPath)}; skipped rows: {skipped}.");
        if (corpus.Reviews.Count == 0)
        {
            throw new CorpusFormatException(options.CorpusPath, new CorpusRowProblem(1, CorpusProblemKind.InvalidFile, null, "the corpus has no valid reviews"));
        }

        var reviews = corpus.Reviews;
        var clock = Stopwatch.StartNew();
        var tokens = new IReadOnlyList<string>[reviews.Count];
        console.Status().Start($"Segmenting {reviews.Count} reviews…", _ =>
            Parallel.For(0, reviews.Count, i => tokens[i] = TextEncoder.Tokenize(segmenter, reviews[i].Text)));
        console.MarkupLine($"Segmented {reviews.Count} reviews in {clock.Elapsed.TotalSeconds:F1} s.");
        var split = StratifiedSplitter.Split(reviews.Select(r => $"{r.Category}\u0001{r.Label}").ToArray(), options.ValidationFraction, options.TestFraction, options.Seed);
        return new PreparedCorpus(corpus, tokens, clock.Elapsed.TotalSeconds, split);
    }
}
