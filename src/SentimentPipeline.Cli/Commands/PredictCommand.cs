using System.CommandLine;
using System.Text.Json;
using System.Threading.Channels;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// <c>sentiment predict --model DIR [TEXT…]</c>: scores the texts given as arguments, or else one review per line of
/// standard input, and writes one JSON object per review (<c>label</c>, <c>positive</c>, <c>negative</c>). A line
/// that cannot be scored (blank, invalid UTF-8) gets an error object and the stream goes on; the exit code is then 5.
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
            Description = "Reviews to score; without any, one review per line of standard input.",
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
            using var loaded = model.TryLoad(parse, Name, new StandardErrorLogger(Name), out var exitCode);
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
            catch (IOException e)
            {
                Console.Error.WriteLine($"sentiment {Name}: I/O error: {e.Message}");
                return ExitCodes.InputOutput;
            }
        });
        return command;
    }

    private static int ScoreArguments(SentimentModel model, string[] texts, bool explain)
    {
        using var output = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(output, PredictionJson.WriterOptions);
        var predictions = explain ? null : model.BatchPredictor.Predict(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            if (predictions is null)
            {
                PredictionJson.WriteExplanation(json, model.Explain(texts[i]), line: null, [new("text", texts[i])]);
            }
            else
            {
                PredictionJson.WritePrediction(json, predictions[i], line: null, [new("text", texts[i])]);
            }

            PredictionJson.EndLine(json, output);
        }

        return ExitCodes.Success;
    }

    private static async Task<int> ScoreStandardInput(SentimentModel model, bool explain, CancellationToken cancellationToken)
    {
        var lines = Channel.CreateBounded<InputLine>(new BoundedChannelOptions(4 * model.BatchPredictor.BatchSize) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => ReadLines(lines.Writer, cancellationToken), cancellationToken);

        using var output = Console.OpenStandardOutput();
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

    private static void ReadLines(ChannelWriter<InputLine> writer, CancellationToken cancellationToken)
    {
        try
        {
            using var input = Console.OpenStandardInput();
            foreach (var line in StreamingLineReader.ReadAll(input))
            {
                writer.WriteAsync(line, cancellationToken).AsTask().GetAwaiter().GetResult();
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
        }
    }

    /// <summary>Scores the usable lines of a batch at once and writes every line's object in input order; returns the failures.</summary>
    private static int WriteBatch(SentimentModel model, List<InputLine> batch, bool explain, Utf8JsonWriter json, Stream output)
    {
        var usable = batch.Where(l => l.Error is null && !string.IsNullOrWhiteSpace(l.Text)).ToList();
        var predictions = explain ? null : model.BatchPredictor.Predict(usable.Select(l => l.Text).ToList());
        var next = 0;
        var failures = 0;
        foreach (var line in batch)
        {
            if (next < usable.Count && ReferenceEquals(usable[next], line))
            {
                if (predictions is null)
                {
                    PredictionJson.WriteExplanation(json, model.Explain(usable[next++].Text), line.Number);
                }
                else
                {
                    PredictionJson.WritePrediction(json, predictions[next++], line.Number);
                }
            }
            else
            {
                failures++;
                PredictionJson.WriteError(json, line.Number, line.Error ?? $"line {line.Number} is empty: there is no review to score");
            }

            PredictionJson.EndLine(json, output);
        }

        return failures;
    }
}
