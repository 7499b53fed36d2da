using System.Text;
using SentimentPipeline.Preprocessing.Corpus;

namespace SentimentPipeline.Preprocessing.Tests;

/// <summary>Reads a corpus from CSV text given inline.</summary>
internal static class CsvText
{
    public const string Source = "test.csv";

    public static ReviewCorpus Read(string csv, CorpusReadOptions? options = null, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        return Read(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes, options);
    }

    public static ReviewCorpus Read(byte[] bytes, CorpusReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return CorpusReader.Read(stream, Source, options);
    }
}
