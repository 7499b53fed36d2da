using System.Diagnostics;
using System.Text;

namespace SentimentPipeline.TestSupport;

/// <summary>Runs an external program (node, Python, git) to completion with UTF-8 standard streams.</summary>
public static class ReferenceProcess
{
    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/>, writes <paramref name="stdin"/> (if any), and returns its standard output.</summary>
    /// <exception cref="InvalidOperationException">The program exited with a non-zero code (its standard error is in the message).</exception>
    public static string Run(string fileName, IReadOnlyList<string> arguments, string? stdin,
        IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var where = workingDirectory is null ? "" : $" in {workingDirectory}";
            throw new InvalidOperationException($"'{fileName} {string.Join(' ', arguments)}'{where} exited with {process.ExitCode}: {error.Result}");
        }

        return output.Result;
    }
}
