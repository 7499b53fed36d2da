using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Cli.Tests;

/// <summary><c>sentiment score</c> with awkward files: its own input as output, bad bytes, signals, leftovers, non-files.</summary>
[Collection(ModelCollection.Name)]
public sealed class ScoreFileSafetyTests(ModelFixture fixture) : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly string _directory = Directory.CreateTempSubdirectory("sentiment-cli-score-safety-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Trait("Category", "Slow")]
    [LinuxFact]
    public void Score_OutputIsTheInput_UsageErrorExit1InputUnchanged()
    {
        var input = WriteCsv("c.csv", "evaluation,label\n质量很好,正面\n");
        var link = Path.Combine(_directory, "link.csv");
        File.CreateSymbolicLink(link, input);

        var (exitCode, _, error) = ModelCommandRunner.Run("score", input, "--model", fixture.BundleDirectory, "-o", input);
        var (linkExitCode, _, linkError) = ModelCommandRunner.Run("score", input, "--model", fixture.BundleDirectory, "-o", link);

        Assert.Equal(1, exitCode);
        Assert.Equal(1, linkExitCode);
        Assert.Contains("is the input file", error);
        Assert.Contains("is the input file", linkError);
        Assert.Equal("evaluation,label\n质量很好,正面\n", File.ReadAllText(input));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Score_CsvRowWithInvalidUtf8_ErrorRecordForThatRowAndGoesOn()
    {
        var input = Path.Combine(_directory, "bad-bytes.csv");
        using (var file = File.Create(input))
        {
            file.Write(Utf8.GetBytes("evaluation,label\n质量很好,正面\n"));
            file.Write([0xE5, 0xA5, 0xFF, (byte)',', 0xE6, 0xAD, 0xA3, 0xE9, 0x9D, 0xA2, (byte)'\n']); // line 3: 好 cut short
            file.Write(Utf8.GetBytes("太差了,负面\n"));
        }

        var output = Path.Combine(_directory, "bad-bytes.scored.jsonl");

        var (exitCode, _, error) = ModelCommandRunner.Run("score", input, "--model", fixture.BundleDirectory);

        Assert.Equal(5, exitCode);
        var records = PredictCommandTests.JsonLines(File.ReadAllText(output));
        Assert.Equal([2, 3, 4], records.Select(r => r.GetProperty("line").GetInt32()));
        PredictCommandTests.AssertPrediction(fixture.Model.BatchPredictor.Predict("质量很好"), records[0]);
        Assert.Equal("line 3: not valid UTF-8 (invalid bytes at byte 37 of the file)", records[1].GetProperty("error").GetString());
        PredictCommandTests.AssertPrediction(fixture.Model.BatchPredictor.Predict("太差了"), records[2]);
        Assert.Contains("scored 2 of 3 records", error);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task Score_InterruptedBySignal_TemporaryDeletedNoOutput(string signal, int expectedExitCode)
    {
        var input = Path.Combine(_directory, "many.jsonl");
        var texts = fixture.Reviews.Select(r => JsonSerializer.Serialize(new { text = r.Text })).ToArray();
        File.WriteAllLines(input, Enumerable.Range(0, 500).SelectMany(_ => texts), Utf8);
        var output = Path.Combine(_directory, "many.scored.jsonl");

        using var process = ModelCommandRunner.Start("score", input, "--model", fixture.BundleDirectory);
        try
        {
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Close();
            var clock = Stopwatch.StartNew();
            while (Temporaries().Length == 0)
            {
                if (process.HasExited)
                {
                    Assert.Fail($"score ended before it was interrupted: {await error}");
                }

                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), "no temporary output file appeared");
                await Task.Delay(20);
            }

            ModelCommandRunner.Signal(process, signal);

            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "score did not stop after the signal");
            Assert.Equal(expectedExitCode, process.ExitCode);
            Assert.Empty(Temporaries());
            Assert.False(File.Exists(output));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Score_StaleTemporaryOfDeadProcess_RemovedLiveOneKept()
    {
        var input = WriteCsv("c.csv", "evaluation,label\n质量很好,正面\n");
        using var finished = Process.Start("true")!;
        finished.WaitForExit();
        var stale = Path.Combine(_directory, $".c.scored.jsonl.{finished.Id}.{Guid.NewGuid():N}.tmp");
        var live = Path.Combine(_directory, $".c.scored.jsonl.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(stale, "half");
        File.WriteAllText(live, "in progress");

        var (exitCode, _, error) = ModelCommandRunner.Run("score", input, "--model", fixture.BundleDirectory);

        Assert.True(exitCode == 0, error);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(Path.Combine(_directory, "c.scored.jsonl")));
    }

    [Fact]
    public void Score_DirectoryAsInput_Exit2SaysItIsADirectory()
    {
        var (exitCode, _, error) = ModelCommandRunner.Run("score", _directory, "--model", fixture.BundleDirectory);

        Assert.Equal(2, exitCode);
        Assert.Equal($"sentiment score: {_directory}: is a directory, not a file\n", error);
    }

    [LinuxFact]
    public void Score_FifoAsInput_Exit2WithoutWaitingForAWriter()
    {
        var fifo = MakeFifo("reviews.csv");

        var (exitCode, _, error) = ModelCommandRunner.Run("score", fifo, "--model", fixture.BundleDirectory);

        Assert.Equal(2, exitCode);
        Assert.Equal($"sentiment score: {fifo}: is a FIFO (named pipe), not a regular file\n", error);
    }

    [LinuxFact]
    public void Score_SymlinkLoopAsInput_Exit2SaysSo()
    {
        var loop = Path.Combine(_directory, "loop.csv");
        File.CreateSymbolicLink(loop, Path.Combine(_directory, "loop2.csv"));
        File.CreateSymbolicLink(Path.Combine(_directory, "loop2.csv"), loop);

        var (exitCode, _, error) = ModelCommandRunner.Run("score", loop, "--model", fixture.BundleDirectory);

        Assert.Equal(2, exitCode);
        Assert.Equal($"sentiment score: {loop}: too many levels of symbolic links (a symlink loop)\n", error);
    }

    [LinuxFact]
    public void Predict_FifoAsModelFile_Exit2WithoutWaitingForAWriter()
    {
        var bundle = Directory.CreateDirectory(Path.Combine(_directory, "bundle")).FullName;
        foreach (var file in Directory.GetFiles(fixture.BundleDirectory))
        {
            File.Copy(file, Path.Combine(bundle, Path.GetFileName(file)));
        }

        File.Delete(Path.Combine(bundle, "model.onnx"));
        var fifo = MakeFifo(Path.Combine("bundle", "model.onnx"));

        var (exitCode, _, error) = ModelCommandRunner.Run("predict", "--model", bundle, "好评");

        Assert.Equal(2, exitCode);
        Assert.Equal($"sentiment predict: {fifo}: is a FIFO (named pipe), not a regular file\n", error);
    }

    private string WriteCsv(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content, Utf8);
        return path;
    }

    private string MakeFifo(string name)
    {
        var path = Path.Combine(_directory, name);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private string[] Temporaries() => Directory.GetFiles(_directory, ".many.scored.jsonl.*.tmp");
}
