using Spectre.Console;

namespace SentimentPipeline.Training;

/// <summary>Plain lines for logs and CI (non-interactive output): one every tenth of the epoch, and the summary.</summary>
internal sealed class LogEpochProgress(IAnsiConsole console, int batches) : IEpochProgress
{
    private int _done;

    public void Advance(string description)
    {
        _done++;
        var step = Math.Max(1, batches / 10);
        if (_done % step == 0 && _done < batches)
        {
            console.WriteLine($"{description} ({_done}/{batches} batches)");
        }
    }

    public void Finish(string summary) => console.WriteLine(summary);
}
