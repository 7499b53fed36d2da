using System.CommandLine;
using System.Globalization;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Prediction;
using SentimentPipeline.Preprocessing.Corpus;
using Spectre.Console;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// <c>sentiment score INPUT --model DIR [--output FILE] [--format jsonl|csv]</c>: scores every review of a CSV corpus or
/// a JSONL file in batches, with a progress bar on standard error, into JSONL or CSV (written atomically). Records
/// that cannot be scored are written as error records and counted; the exit code is then 5. For a labelled corpus the
/// accuracy against its labels is reported.
/// </summary>
internal static class ScoreCommand
{
    private const string Name = "score";
    private static readonly string[] Formats = ["jsonl", "csv"];

    public static Command Create()
    {
        var model = new ModelArguments();
        var input = new Argument<FileInfo>("input") { Description = "A .csv corpus (evaluation,label / label,review / cat,label,review) or a .jsonl file of objects with a text field." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Output file; default: INPUT with .scored.jsonl (or .scored.csv)." };
        var format = new Option<string?>("--format") { Description = "jsonl or csv; default: from the --output extension, else jsonl." };
        format.AcceptOnlyFromAmong(Formats);
        var textField = new Option<string>("--text-field") { Description = "JSONL field holding the review.", DefaultValueFactory = _ => "text" };
        var command = new Command(Name, "Score a CSV or JSONL file of reviews into JSONL or CSV, with a progress bar.") { input, output, format, textField };
        model.AddTo(command);
        command.SetAction(parse =>
        {
            var inputFile = parse.GetValue(input)!;
            if (!inputFile.Exists)
            {
                Console.Error.WriteLine($"sentiment {Name}: {inputFile.FullName}: file not found");
                return ExitCodes.BadResource;
            }

            var outputFormat = parse.GetValue(format) ?? (parse.GetValue(output)?.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) == true ? "csv" : "jsonl");
            var outputPath = parse.GetValue(output)?.FullName ?? Path.ChangeExtension(inputFile.FullName, ".scored." + outputFormat);
            using var loaded = model.TryLoad(parse, Name, new StandardErrorLogger(Name), out var exitCode);
            return loaded is null ? exitCode : Run(loaded, inputFile.FullName, outputPath, outputFormat, parse.GetValue(textField)!);
        });
        return command;
    }

    private static int Run(SentimentModel model, string inputPath, string outputPath, string format, string textField)
    {
        IReadOnlyList<ScoreRecord> records;
        try
        {
            records = ScoreInputReader.Read(inputPath, textField);
        }
        catch (CorpusFormatException e)
        {
            Console.Error.WriteLine($"sentiment {Name}: {e.Message}");
            return ExitCodes.BadResource;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sentiment {Name}: {inputPath}: cannot read: {e.Message}");
            return ExitCodes.InputOutput;
        }

        ScoreSummary summary;
        try
        {
            summary = Score(model, records, outputPath, format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sentiment {Name}: {outputPath}: cannot write: {e.Message}");
            return ExitCodes.InputOutput;
        }

        Report(summary, records, outputPath);
        return summary.Errors == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
    }

    private static ScoreSummary Score(SentimentModel model, IReadOnlyList<ScoreRecord> records, string outputPath, string format)
    {
        var summary = new ScoreSummary();
        var progressConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        AtomicFile.Write(outputPath, stream =>
        {
            using IScoreWriter writer = format == "csv" ? new CsvScoreWriter(stream) : new JsonLinesScoreWriter(stream);
            progressConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask($"Scoring {records.Count:N0} records", maxValue: Math.Max(1, records.Count));
                    foreach (var chunk in records.Chunk(model.BatchPredictor.BatchSize))
                    {
                        ScoreChunk(model, chunk, writer, summary);
                        task.Increment(chunk.Length);
                    }
                });
        });
        return summary;
    }

    private static void ScoreChunk(SentimentModel model, ScoreRecord[] chunk, IScoreWriter writer, ScoreSummary summary)
    {
        var usable = chunk.Where(r => r.Error is null).ToArray();
        var predictions = model.BatchPredictor.Predict(usable.Select(r => r.Text).ToList());
        var next = 0;
        foreach (var record in chunk)
        {
            if (record.Error is not null)
            {
                writer.Write(record, null);
                summary.Errors++;
                continue;
            }

            var prediction = predictions[next++];
            writer.Write(record, prediction);
            summary.Scored++;
            if (record.Expected is not null)
            {
                summary.Labelled++;
                summary.Correct += record.Expected == prediction.Label ? 1 : 0;
            }
        }
    }

    private static void Report(ScoreSummary summary, IReadOnlyList<ScoreRecord> records, string outputPath)
    {
        Console.Error.WriteLine($"sentiment {Name}: scored {summary.Scored:N0} of {records.Count:N0} records into {outputPath}.");
        if (summary.Labelled > 0)
        {
            var accuracy = (double)summary.Correct / summary.Labelled;
            Console.Error.WriteLine($"sentiment {Name}: accuracy against the file's labels: {accuracy.ToString("F4", CultureInfo.InvariantCulture)} ({summary.Correct:N0}/{summary.Labelled:N0}).");
        }

        foreach (var error in records.Where(r => r.Error is not null).Take(10))
        {
            Console.Error.WriteLine($"sentiment {Name}: not scored: {error.Error}");
        }

        if (summary.Errors > 10)
        {
            Console.Error.WriteLine($"sentiment {Name}: … and {summary.Errors - 10:N0} more records not scored (see the error records in the output).");
        }
    }

    private sealed class ScoreSummary
    {
        public int Scored { get; set; }

        public int Errors { get; set; }

        public int Labelled { get; set; }

        public int Correct { get; set; }
    }
}
