using System.Diagnostics;
using System.Text;

namespace SentimentPipeline.Cli.Tests;

/// <summary>
/// Runs the real <c>sentiment</c> executable (built beside the tests) with raw bytes on standard input and a time
/// limit; <see cref="SentimentProcess"/> wraps <see cref="Start"/> for tests that talk to a running process.
/// </summary>
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
        var executable = Path.Combine(AppContext.BaseDirectory, "sentiment.dll");
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException("The sentiment executable was not built beside the tests.", executable);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(executable);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }
}
