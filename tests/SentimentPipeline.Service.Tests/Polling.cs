namespace SentimentPipeline.Service.Tests;

/// <summary>Waits for what the service does after an answer reaches the client, such as the request log line and
/// metrics written in <c>Response.OnCompleted</c>, or a hosted service's background start.</summary>
internal static class Polling
{
    /// <summary>Returns once <paramref name="condition"/> holds; fails the test after 30 s.</summary>
    public static async Task Until(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
