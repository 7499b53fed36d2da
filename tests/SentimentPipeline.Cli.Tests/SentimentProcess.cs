using System.Diagnostics;
using System.Text;

namespace SentimentPipeline.Cli.Tests;

/// <summary>A running <c>sentiment</c> process (started by <see cref="ModelCommandRunner.Start"/>) with redirected standard streams.</summary>
public sealed class SentimentProcess : IDisposable
{
    private readonly Process _process;

    private SentimentProcess(Process process) => _process = process;

    public StreamWriter Input => _process.StandardInput;

    public StreamReader Output => _process.StandardOutput;

    public static SentimentProcess Start(params string[] arguments) => new(ModelCommandRunner.Start(arguments));

    /// <summary>Runs to completion with <paramref name="stdin"/> (UTF-8) as input.</summary>
    public static (int ExitCode, string Output, string Error) Run(string stdin, params string[] arguments) =>
        ModelCommandRunner.Run(new UTF8Encoding(false).GetBytes(stdin), arguments);

    /// <summary>Runs to completion with raw <paramref name="stdin"/> bytes as input (for invalid UTF-8).</summary>
    public static (int ExitCode, string Output, string Error) Run(byte[] stdin, params string[] arguments) =>
        ModelCommandRunner.Run(stdin, arguments);

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
