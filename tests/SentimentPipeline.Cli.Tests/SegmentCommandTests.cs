using System.Text;
using System.Text.Json;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Cli.Tests;

/// <summary>The <c>sentiment segment</c> command, run as the real executable.</summary>
public sealed class SegmentCommandTests : IDisposable
{
    private static readonly string[] Lines = ["小王去北京大学读研究生了", string.Empty, "质量不错👍👍下次还来", "版本1.2.3比WES-5.4.5好用  ok"];
    private readonly string _directory = Directory.CreateTempSubdirectory("sentiment-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData(null)]
    [InlineData("accurate")]
    [InlineData("nohmm")]
    [InlineData("full")]
    [InlineData("search")]
    public void Segment_EachMode_OneJsonArrayPerLineSameAsLibrary(string? mode)
    {
        var segmenter = JiebaSegmenter.CreateDefault();
        var (exitCode, output, error) = SentimentProcess.Run(string.Join('\n', Lines) + "\n", mode is null ? ["segment"] : ["segment", "--mode", mode]);

        Assert.True(exitCode == 0, error);
        var arrays = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonSerializer.Deserialize<string[]>(l)!).ToArray();
        Assert.Equal(Lines.Length, arrays.Length);
        for (var i = 0; i < Lines.Length; i++)
        {
            IReadOnlyList<string> expected = mode switch
            {
                "nohmm" => segmenter.Cut(Lines[i], hmm: false),
                "full" => segmenter.CutAll(Lines[i]),
                "search" => segmenter.CutForSearch(Lines[i]),
                _ => segmenter.Cut(Lines[i]),
            };
            Assert.Equal(expected, arrays[i]);
        }
    }

    [Fact]
    public async Task Segment_LineWrittenBeforeInputEnds_AnsweredAtOnce()
    {
        using var process = SentimentProcess.Start("segment");
        await process.Input.WriteAsync("物流很快\n");
        await process.Input.FlushAsync();

        var answer = await process.Output.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal("[\"物流\",\"很快\"]", answer);
        Assert.Equal(0, process.Finish());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task Segment_MillionLines_OneOutputLineEach()
    {
        const int count = 1_000_000;
        using var process = SentimentProcess.Start("segment");
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < count; i++)
            {
                process.Input.Write(i % 2 == 0 ? "好评如潮，物流很快\n" : "差评\n");
            }

            process.Input.Close();
        });

        var lines = 0;
        string? last = null;
        while (process.Output.ReadLine() is { } line)
        {
            lines++;
            last = line;
        }

        await writer;
        Assert.Equal(count, lines);
        Assert.Equal("[\"差评\"]", last);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Segment_InvalidUtf8Line_ErrorObjectInItsPlaceAndExitCode5()
    {
        byte[] input = [.. "物流很快\n"u8, 0xE7, 0x89, (byte)'\n', .. "差评\r\n"u8];

        var (exitCode, output, _) = SentimentProcess.Run(input, "segment");

        Assert.Equal(5, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("[\"物流\",\"很快\"]", lines[0]);
        using var error = JsonDocument.Parse(lines[1]);
        Assert.Equal(2, error.RootElement.GetProperty("line").GetInt32());
        Assert.Contains("not valid UTF-8", error.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("[\"差评\"]", lines[2]);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Segment_UserDictionary_WordsJoined()
    {
        var userDictionary = Path.Combine(_directory, "user.txt");
        File.WriteAllText(userDictionary, "榴莲酥 50 n\n", new UTF8Encoding(false));

        var (exitCode, output, error) = SentimentProcess.Run("榴莲酥好吃\n", "segment", "--mode", "nohmm", "--user-dict", userDictionary);

        Assert.True(exitCode == 0, error);
        Assert.Equal("[\"榴莲酥\",\"好吃\"]\n", output);
    }

    [Fact]
    public void Segment_MissingDictionary_ExitCode2NamingTheFile()
    {
        var path = Path.Combine(_directory, "missing-dict.txt");
        var (exitCode, output, error) = SentimentProcess.Run("好\n", "segment", "--dict", path);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Segment_MalformedUserDictionary_ExitCode2NamingFileAndLine()
    {
        var path = Path.Combine(_directory, "bad-user.txt");
        File.WriteAllText(path, "榴莲酥 50 n\n小花猫 5x n\n", new UTF8Encoding(false));

        var (exitCode, _, error) = SentimentProcess.Run("好\n", "segment", "--user-dict", path);

        Assert.Equal(2, exitCode);
        Assert.Contains($"{path}:2", error, StringComparison.Ordinal);
        Assert.Contains("小花猫 5x n", error, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Segment_MalformedHmmModel_ExitCode2()
    {
        var path = Path.Combine(_directory, "hmm.utf8");
        File.WriteAllText(path, "#0:B\n#1:E\n#2:M\n#3:S\n-0.1 -0.2\n", new UTF8Encoding(false));

        var (exitCode, _, error) = SentimentProcess.Run("好\n", "segment", "--hmm", path);

        Assert.Equal(2, exitCode);
        Assert.Contains($"{path}:5", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_UnknownMode_UsageErrorExitCode1()
    {
        var (exitCode, output, error) = SentimentProcess.Run("好\n", "segment", "--mode", "fast");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("fast", error, StringComparison.Ordinal);
    }
}
