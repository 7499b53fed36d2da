using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using System.Threading.Channels;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// <c>sentiment predict [--model DIR] [--] [TEXT…]</c>: scores the texts given as arguments, or else one review per line
/// of standard input, and writes one JSON object per review (<c>label</c>, <c>positive</c>, <c>negative</c>). A review
/// that cannot be scored (empty or blank, invalid UTF-8, non-finite model output) gets an error object and the stream
/// goes on; the exit code is then 5. An argument that starts with '-' is an option; texts that do go after <c>--</c>.
/// Lines are scored in batches of whatever input is waiting, so piping a file is fast and typing is answered at once.
/// </summary>
internal static class PredictCommand
{
    private const string Name = "predict";

    public static Command Create()
    {
        var model = new ModelArguments();
        var texts = new Argument<string[]>("texts")
        {
            Description = "Reviews to score; without any, one review per line of standard input. Put -- before texts that start with '-'.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Add each token's contribution to P(positive) (occlusion: the review scored without that token).",
        };
        var command = new Command(Name, "Predict the sentiment of reviews; one JSON object per review on standard output.") { texts, explain };
        model.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (MistypedOption(parse, texts) is { } option)
            {
                Console.Error.WriteLine($"sentiment {Name}: unknown option '{option}' (a review that starts with '-' goes after '--': predict --model DIR -- {option})");
                return ExitCodes.Usage;
            }

            using var logging = StandardErrorLogging.Create();
            using var loaded = model.TryLoad(parse, Name, logging.CreateCommandLogger(Name), out var exitCode);
            if (loaded is null)
            {
                return exitCode;
            }

            var arguments = parse.GetValue(texts) ?? [];
            try
            {
                var explained = parse.GetValue(explain);
                return arguments.Length > 0
                    ? ScoreArguments(loaded, arguments, explained)
                    : await ScoreStandardInput(loaded, explained, cancellationToken).ConfigureAwait(false);
            }
            catch (StandardOutputException e)
            {
                return StandardOutput.Fail(Name, e);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"sentiment {Name}: I/O error: {e.Message}");
                return ExitCodes.InputOutput;
            }
        });
        return command;
    }

    /// <summary>The first text argument that looks like an option and does not come after <c>--</c>, or null.</summary>
    private static string? MistypedOption(ParseResult parse, Argument<string[]> texts)
    {
        var textTokens = parse.GetResult(texts)?.Tokens ?? [];
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                return null;
            }

            if (token.Value.Length > 1 && token.Value[0] == '-' && textTokens.Any(t => ReferenceEquals(t, token)))
            {
                return token.Value;
            }
        }

        return null;
    }

    private static int ScoreArguments(SentimentModel model, string[] texts, bool explain)
    {
        using var output = StandardOutput.Open();
        using var json = new Utf8JsonWriter(output, PredictionJson.WriterOptions);
        var results = ScoredBatch.Score(model, [.. texts.Select((text, i) => (text, string.IsNullOrWhiteSpace(text) ? BlankReview($"argument {i + 1}") : null))]);
        for (var i = 0; i < texts.Length; i++)
        {
            if (results[i].Prediction is { } prediction)
            {
                WritePrediction(model, json, prediction, texts[i], line: null, explain, [new("text", texts[i])]);
            }
            else
            {
                PredictionJson.WriteError(json, line: null, results[i].Error!, [new("text", texts[i])]);
            }

            PredictionJson.EndLine(json, output);
        }

        return results.All(r => r.Prediction is not null) ? ExitCodes.Success : ExitCodes.PartialFailure;
    }

    private static async Task<int> ScoreStandardInput(SentimentModel model, bool explain, CancellationToken cancellationToken)
    {
        var lines = Channel.CreateBounded<InputLine>(new BoundedChannelOptions(4 * model.BatchPredictor.BatchSize) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => ReadLinesAsync(lines.Writer, cancellationToken), cancellationToken);
        using var output = StandardOutput.Open();
        using var json = new Utf8JsonWriter(output, PredictionJson.WriterOptions);
        var failures = 0;
        var batch = new List<InputLine>(model.BatchPredictor.BatchSize);
        while (await lines.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < model.BatchPredictor.BatchSize && lines.Reader.TryRead(out var line))
            {
                batch.Add(line);
            }

            failures += WriteBatch(model, batch, explain, json, output);
            output.Flush();
        }

        await producer.ConfigureAwait(false);
        return failures == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
    }

    private static async Task ReadLinesAsync(ChannelWriter<InputLine> writer, CancellationToken cancellationToken)
    {
        try
        {
            await using var input = Console.OpenStandardInput();
            var reader = new StreamingLineReader(input);
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                var blank = line.Error is null && string.IsNullOrWhiteSpace(line.Text);
                await writer.WriteAsync(blank ? line with { Error = BlankReview($"line {line.Number}") } : line, cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
        }
    }

    /// <summary>One rule for arguments and lines: a review without any text is an error, not a prediction of nothing.</summary>
    private static string BlankReview(string where) => $"{where} is empty or blank: there is no review to score";

    /// <summary>Scores the usable lines of a batch at once and writes every line's object in input order; returns the failures.</summary>
    private static int WriteBatch(SentimentModel model, List<InputLine> batch, bool explain, Utf8JsonWriter json, Stream output)
    {
        var results = ScoredBatch.Score(model, [.. batch.Select(l => (l.Text, l.Error))]);
        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i].Prediction is { } prediction)
            {
                WritePrediction(model, json, prediction, batch[i].Text, batch[i].Number, explain, []);
            }
            else
            {
                PredictionJson.WriteError(json, batch[i].Number, results[i].Error!);
            }

            PredictionJson.EndLine(json, output);
        }

        return results.Count(r => r.Prediction is null);
    }

    /// <summary>A scored review's object; with <paramref name="explain"/>, its occlusion explanation instead.</summary>
    private static void WritePrediction(SentimentModel model, Utf8JsonWriter json, SentimentPrediction prediction, string? text, int? line, bool explain, KeyValuePair<string, string>[] extra)
    {
        if (explain)
        {
            PredictionJson.WriteExplanation(json, model.Explain(text ?? string.Empty), line, extra);
        }
        else
        {
            PredictionJson.WritePrediction(json, prediction, line, extra);
        }
    }
}
