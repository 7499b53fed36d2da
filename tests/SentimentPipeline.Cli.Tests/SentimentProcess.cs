using System.Diagnostics;
using System.Text;

namespace SentimentPipeline.Cli.Tests;

/// <summary>Starts the real <c>sentiment</c> executable (built beside the tests) with redirected standard streams.</summary>
public sealed class SentimentProcess : IDisposable
{
    private readonly Process _process;

    private SentimentProcess(Process process) => _process = process;

    public StreamWriter Input => _process.StandardInput;

    public StreamReader Output => _process.StandardOutput;

    public static SentimentProcess Start(params string[] arguments)
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

        return new SentimentProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet"));
    }

    /// <summary>Runs to completion with <paramref name="stdin"/> as input.</summary>
    public static (int ExitCode, string Output, string Error) Run(string stdin, params string[] arguments) =>
        Run(new UTF8Encoding(false).GetBytes(stdin), arguments);

    /// <summary>Runs to completion with raw <paramref name="stdin"/> bytes as input (for invalid UTF-8).</summary>
    public static (int ExitCode, string Output, string Error) Run(byte[] stdin, params string[] arguments)
    {
        using var process = Start(arguments);
        var output = process.Output.ReadToEndAsync();
        var error = process._process.StandardError.ReadToEndAsync();
        process.Input.BaseStream.Write(stdin);
        process.Input.Close();
        process._process.WaitForExit();
        return (process._process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Closes standard input and waits for the exit code.</summary>
    public int Finish()
    {
        Input.Close();
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
