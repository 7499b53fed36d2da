using SentimentPipeline.Prediction;

namespace SentimentPipeline.Cli.Commands;

/// <summary>Writes scored records in one output format.</summary>
internal interface IScoreWriter : IDisposable
{
    /// <summary>Writes a scored record, or an error record when <paramref name="prediction"/> is null.</summary>
    void Write(ScoreRecord record, SentimentPrediction? prediction);

    /// <summary>Pushes what was written to the output stream.</summary>
    void Flush();
}
