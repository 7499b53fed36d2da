using Spectre.Console;

namespace SentimentPipeline.Training;

/// <summary>A live Spectre.Console progress bar per epoch (interactive terminals).</summary>
internal sealed class SpectreEpochProgress(ProgressTask task) : IEpochProgress
{
    public void Advance(string description)
    {
        task.Description = description;
        task.Increment(1);
    }

    public void Finish(string summary)
    {
        task.Description = summary;
        task.StopTask();
    }
}
