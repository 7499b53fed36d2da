using System.CommandLine;
using System.Text.Json;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// <c>sentiment segment</c>: reads lines from standard input and writes one JSON array of tokens per line to
/// standard output, streaming: output is flushed whenever the next input line is not already buffered, so an
/// interactive or slow producer sees each answer at once while a fast pipe fills whole buffers. A line that is
/// not valid UTF-8 gets <c>{"line":n,"error":"…"}</c> in its place and the exit code is 5 (partial failure).
/// </summary>
internal static class SegmentCommand
{
    private static readonly string[] Modes = ["accurate", "nohmm", "full", "search"];

    public static Command Create()
    {
        var mode = new Option<string>("--mode")
        {
            Description = "accurate (jieba cut with HMM), nohmm (cut without HMM), full (cut_all) or search (cut_for_search).",
            DefaultValueFactory = _ => "accurate",
        };
        mode.AcceptOnlyFromAmong(Modes);
        var dictionary = new Option<FileInfo?>("--dict") { Description = "Dictionary file (word freq [tag] per line) instead of the embedded jieba dictionary." };
        var hmm = new Option<FileInfo?>("--hmm") { Description = "HMM model file (cppjieba hmm_model.utf8 format) instead of the embedded one." };
        var userDictionary = new Option<FileInfo?>("--user-dict") { Description = "User dictionary (word [freq] [tag] per line) loaded on top." };

        var command = new Command("segment", "Segment each line of standard input; write one JSON array of tokens per line.")
        {
            mode, dictionary, hmm, userDictionary,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(mode)!,
            parse.GetValue(dictionary),
            parse.GetValue(hmm),
            parse.GetValue(userDictionary),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string mode, FileInfo? dictionary, FileInfo? hmm, FileInfo? userDictionary, CancellationToken cancellationToken)
    {
        JiebaSegmenter segmenter;
        try
        {
            segmenter = JiebaSegmenter.Create(dictionary?.FullName, hmm?.FullName, userDictionary?.FullName);
        }
        catch (SegmentationResourceException e)
        {
            Console.Error.WriteLine($"sentiment segment: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        try
        {
            var failures = await StreamAsync(segmenter, mode, cancellationToken);
            return failures == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
        }
        catch (StandardOutputException e)
        {
            return StandardOutput.Fail("segment", e);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"sentiment segment: I/O error: {e.Message}");
            return ExitCodes.InputOutput;
        }
    }

    /// <summary>Segments every input line; returns the number of lines that could not be decoded.</summary>
    private static async Task<int> StreamAsync(JiebaSegmenter segmenter, string mode, CancellationToken cancellationToken)
    {
        var input = new StreamingLineReader(Console.OpenStandardInput());
        await using var output = new BufferedStream(StandardOutput.Open(), 1 << 16);
        await using var json = new Utf8JsonWriter(output, PredictionJson.WriterOptions);
        var failures = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Text is { } text)
            {
                json.WriteStartArray();
                foreach (var token in Segment(segmenter, mode, text))
                {
                    json.WriteStringValue(token);
                }

                json.WriteEndArray();
            }
            else
            {
                PredictionJson.WriteError(json, line.Number, line.Error!);
                failures++;
            }

            PredictionJson.EndLine(json, output);
            if (!input.HasBufferedLine)
            {
                // The producer has nothing more for now: hand over what is done before waiting.
                await output.FlushAsync(cancellationToken);
            }
        }

        await output.FlushAsync(cancellationToken);
        return failures;
    }

    private static IReadOnlyList<string> Segment(JiebaSegmenter segmenter, string mode, string line) => mode switch
    {
        "accurate" => segmenter.Cut(line),
        "nohmm" => segmenter.Cut(line, hmm: false),
        "full" => segmenter.CutAll(line),
        _ => segmenter.CutForSearch(line),
    };
}
