using System.Diagnostics;
using System.Text;

namespace SentimentPipeline.Cli.Tests;

/// <summary>
/// Runs the real <c>sentiment</c> executable (built beside the tests) with raw bytes on standard input and a time
/// limit; <see cref="SentimentProcess"/> wraps <see cref="Start"/> for tests that talk to a running process.
/// A run that gets as far as loading the dictionary (and model) costs about a CPU-second, so such tests are
/// <c>[Trait("Category", "Slow")]</c> except one per command; runs that fail before loading anything stay fast.
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

    /// <summary>Runs through <c>/bin/sh</c> with standard output redirected by <paramref name="redirection"/> (e.g. <c>&gt; /dev/full</c>, <c>&gt;&amp;-</c>).</summary>
    public static (int ExitCode, string Error) RunWithStdout(string redirection, params string[] arguments) =>
        RunInShell($"exec dotnet \"$@\" {redirection}", arguments);

    /// <summary>
    /// Runs <paramref name="script"/> with <c>/bin/sh -c</c>, where <c>dotnet "$@"</c> runs <c>sentiment</c> with
    /// <paramref name="arguments"/>; returns the shell's exit code and standard error.
    /// </summary>
    public static (int ExitCode, string Error) RunInShell(string script, params string[] arguments)
    {
        using var process = StartProgram("/bin/sh", ["-c", script, "sh", Executable, .. arguments]);
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sh -c '{script}' with sentiment {string.Join(' ', arguments)} did not finish within {Limit}.");
        }

        return (process.ExitCode, error.Result);
    }

    public static Process Start(params string[] arguments) => StartProgram("dotnet", [Executable, .. arguments]);

    /// <summary>Sends <paramref name="signal"/> (INT, TERM, …) to <paramref name="process"/> with kill(1).</summary>
    public static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static string Executable
    {
        get
        {
            var executable = Path.Combine(AppContext.BaseDirectory, "sentiment.dll");
            return File.Exists(executable)
                ? executable
                : throw new FileNotFoundException("The sentiment executable was not built beside the tests.", executable);
        }
    }

    private static Process StartProgram(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }
}
