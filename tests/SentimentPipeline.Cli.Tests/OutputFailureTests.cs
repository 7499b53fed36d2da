using System.Diagnostics;
using System.Text;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Cli.Tests;

/// <summary>
/// Standard output that goes away (the reader of the pipe exits, as <c>| head -1</c> does), is full or is closed:
/// the commands stop at once with exit code 3 and one line on standard error. Standard output that is a file keeps
/// what was written to it when more is written after the command.
/// </summary>
[Collection(ModelCollection.Name)]
public sealed class OutputFailureTests(ModelFixture fixture) : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private readonly string _directory = Directory.CreateTempSubdirectory("sentiment-cli-output-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Trait("Category", "Slow")]
    [LinuxFact]
    public async Task Predict_EndlessStdinAndReaderGone_StopsWithExit3()
    {
        var (exitCode, error) = await RunUntilReaderLeaves(endlessStdin: true, "predict", "--model", fixture.BundleDirectory);

        Assert.Equal(3, exitCode);
        AssertOneLine("sentiment predict: cannot write to standard output: Broken pipe", error);
    }

    [Trait("Category", "Slow")]
    [LinuxFact]
    public async Task Segment_EndlessStdinAndReaderGone_StopsWithExit3()
    {
        var (exitCode, error) = await RunUntilReaderLeaves(endlessStdin: true, "segment");

        Assert.Equal(3, exitCode);
        AssertOneLine("sentiment segment: cannot write to standard output: Broken pipe", error);
    }

    [Trait("Category", "Slow")]
    [LinuxFact]
    public async Task Score_ToStandardOutputAndReaderGone_StopsWithExit3()
    {
        var input = Path.Combine(_directory, "many.jsonl");
        File.WriteAllLines(input, Enumerable.Repeat("{\"text\":\"物流很快，包装完好\"}", 100_000));

        var (exitCode, error) = await RunUntilReaderLeaves(endlessStdin: false, "score", input, "--model", fixture.BundleDirectory, "--output", "-");

        Assert.Equal(3, exitCode);
        Assert.Contains("sentiment score: cannot write to standard output: Broken pipe", error);
        Assert.DoesNotContain("   at ", error);
    }

    [LinuxFact]
    public void Info_StdoutFull_Exit3OneLine()
    {
        var (exitCode, error) = ModelCommandRunner.RunWithStdout("> /dev/full", "info", "--model", fixture.BundleDirectory);

        Assert.Equal(3, exitCode);
        AssertOneLine("sentiment info: cannot write to standard output: No space left on device", error);
    }

    [Trait("Category", "Slow")]
    [LinuxFact]
    public void Predict_StdoutClosed_Exit3OneLine()
    {
        var (exitCode, error) = ModelCommandRunner.RunWithStdout(">&-", "predict", "--model", fixture.BundleDirectory, "好评");

        Assert.Equal(3, exitCode);
        Assert.StartsWith("sentiment predict: cannot write to standard output: ", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Trait("Category", "Slow")]
    [LinuxFact]
    public void Segment_StdoutFileWrittenToAfterwards_OutputKeptBeforeTheLaterText()
    {
        // Regression: output written at the process's own file offset was overwritten by whatever came next.
        var log = Path.Combine(_directory, "log.txt");

        var (exitCode, error) = ModelCommandRunner.RunInShell($"{{ printf '物流很快\\n' | dotnet \"$@\"; echo after; }} > '{log}'", "segment");

        Assert.True(exitCode == 0, error);
        Assert.Equal("[\"物流\",\"很快\"]\nafter\n", File.ReadAllText(log));
    }

    private static void AssertOneLine(string expected, string error) => Assert.Equal(expected + "\n", error);

    /// <summary>Reads one line of output, closes the pipe as <c>head -1</c> does, and waits (bounded) for the exit.</summary>
    private static async Task<(int ExitCode, string Error)> RunUntilReaderLeaves(bool endlessStdin, params string[] arguments)
    {
        using var process = ModelCommandRunner.Start(arguments);
        try
        {
            var error = process.StandardError.ReadToEndAsync();
            var feeding = endlessStdin ? Task.Run(() => FeedUntilClosed(process)) : Task.Run(process.StandardInput.Close);
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(Limit);
            Assert.NotNull(first);
            process.StandardOutput.Close();
            Assert.True(process.WaitForExit(Limit), $"sentiment {arguments[0]} went on after its reader left");
            await feeding;
            return (process.ExitCode, await error);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    // Like `yes 好评`: writes lines until the process stops reading.
    private static void FeedUntilClosed(Process process)
    {
        var lines = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("好评\n", 1000)));
        try
        {
            while (!process.HasExited)
            {
                process.StandardInput.BaseStream.Write(lines);
            }
        }
        catch (IOException)
        {
            // The process has exited: the pipe is closed.
        }
    }
}
