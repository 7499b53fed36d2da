using System.Diagnostics;
using System.Text;

namespace SentimentPipeline.Cli.Tests;

/// <summary>Runs the real <c>sentiment</c> executable with raw bytes on standard input and a time limit.</summary>
internal static class ModelCommandRunner
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static (int ExitCode, string Output, string Error) Run(byte[] stdin, params string[] arguments)
    {
        using var process = Start(arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sentiment {string.Join(' ', arguments)} did not finish within {Limit}.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    public static (int ExitCode, string Output, string Error) Run(params string[] arguments) => Run([], arguments);

    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sentiment.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }
}
