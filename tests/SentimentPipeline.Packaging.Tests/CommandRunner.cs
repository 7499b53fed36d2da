using System.Diagnostics;
using System.Text;

namespace SentimentPipeline.Packaging.Tests;

/// <summary>Runs a command to completion with a time limit and returns its exit code and output.</summary>
internal static class CommandRunner
{
    public static (int ExitCode, string Output, string Error) Run(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment, TimeSpan limit)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {limit}.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs and fails the test with the command's output when it exits with a non-zero code.</summary>
    public static string RunChecked(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment, TimeSpan limit)
    {
        var list = arguments.ToList();
        var (exitCode, output, error) = Run(fileName, list, workingDirectory, environment, limit);
        Assert.True(exitCode == 0, $"{fileName} {string.Join(' ', list)} exited with {exitCode}:\n{output}\n{error}");
        return output;
    }
}
