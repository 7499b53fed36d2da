namespace SentimentPipeline.Training;

/// <summary>Progress of one epoch: advanced once per batch, finished with the epoch's summary.</summary>
internal interface IEpochProgress
{
    void Advance(string description);

    void Finish(string summary);
}
