using System.CommandLine;
using System.Globalization;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Prediction;
using SentimentPipeline.Preprocessing.Corpus;
using Spectre.Console;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// <c>sentiment score INPUT [--model DIR] [--output FILE|-] [--format jsonl|csv]</c>: scores every review of a CSV corpus
/// or a JSONL file in batches, with a progress bar on standard error, into JSONL or CSV: a file (written atomically,
/// never the input itself) or standard output (<c>-</c>). Records that cannot be scored are written as error records
/// and counted; the exit code is then 5. For a labelled corpus the accuracy against its labels is reported. SIGINT and
/// SIGTERM stop it between batches, leaving no partial output, with exit code 130 or 143.
/// </summary>
internal static class ScoreCommand
{
    private const string Name = "score";
    private const string StandardOutputName = "-";
    private const int ListedErrors = 10;
    private static readonly string[] Formats = ["jsonl", "csv"];

    public static Command Create()
    {
        var model = new ModelArguments();
        var input = new Argument<FileInfo>("input") { Description = "A .csv corpus (evaluation,label / label,review / cat,label,review) or a .jsonl file of objects with a text field." };
        var output = new Option<string?>("--output", "-o") { Description = "Output file, or - for standard output; default: INPUT with .scored.jsonl (or .scored.csv)." };
        var format = new Option<string?>("--format") { Description = "jsonl or csv; default: from the --output extension, else jsonl." };
        format.AcceptOnlyFromAmong(Formats);
        var textField = new Option<string>("--text-field") { Description = "JSONL field holding the review.", DefaultValueFactory = _ => "text" };
        var command = new Command(Name, "Score a CSV or JSONL file of reviews into JSONL or CSV, with a progress bar.") { input, output, format, textField };
        model.AddTo(command);
        command.SetAction(parse =>
        {
            var inputPath = parse.GetValue(input)!.FullName;
            if (FileKinds.ProblemAsInputFile(inputPath) is { } problem)
            {
                Console.Error.WriteLine($"sentiment {Name}: {inputPath}: {problem}");
                return ExitCodes.InvalidInput;
            }

            var outputArgument = parse.GetValue(output);
            var outputFormat = parse.GetValue(format) ?? (outputArgument?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true ? "csv" : "jsonl");
            var target = outputArgument == StandardOutputName
                ? ScoreOutput.ToStandardOutput
                : ScoreOutput.ForFile(outputArgument is null ? Path.ChangeExtension(inputPath, ".scored." + outputFormat) : Path.GetFullPath(outputArgument));
            if (target.ProblemWith(inputPath) is { } outputProblem)
            {
                Console.Error.WriteLine($"sentiment {Name}: --output {target.Path}: {outputProblem}");
                return ExitCodes.Usage;
            }

            using var logging = StandardErrorLogging.Create();
            using var loaded = model.TryLoad(parse, Name, logging.CreateCommandLogger(Name), out var exitCode);
            return loaded is null ? exitCode : Run(loaded, inputPath, target, outputFormat, parse.GetValue(textField)!);
        });
        return command;
    }

    private static int Run(SentimentModel model, string inputPath, ScoreOutput target, string format, string textField)
    {
        IReadOnlyList<ScoreRecord> records;
        try
        {
            records = ScoreInputReader.Read(inputPath, textField);
        }
        catch (CorpusFormatException e)
        {
            Console.Error.WriteLine($"sentiment {Name}: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sentiment {Name}: {inputPath}: cannot read: {e.Message}");
            return ExitCodes.InputOutput;
        }

        // From here on a signal stops the scoring between batches, so that the temporary output is removed.
        using var interruption = new Interruption();
        ScoreSummary summary;
        try
        {
            summary = Score(model, records, target, format, interruption.Token);
        }
        catch (OperationCanceledException) when (interruption.ExitCode is { } signalExitCode)
        {
            Console.Error.WriteLine($"sentiment {Name}: interrupted; {(target.IsStandardOutput ? "standard output is incomplete" : target.Path + " was not written")}.");
            return signalExitCode;
        }
        catch (StandardOutputException e)
        {
            return StandardOutput.Fail(Name, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sentiment {Name}: {target.Path}: cannot write: {e.Message}");
            return ExitCodes.InputOutput;
        }

        Report(summary, records.Count, target);
        return summary.Errors == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
    }

    private static ScoreSummary Score(SentimentModel model, IReadOnlyList<ScoreRecord> records, ScoreOutput target, string format, CancellationToken cancellationToken)
    {
        var summary = new ScoreSummary();
        var progressConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        target.Write(stream =>
        {
            using IScoreWriter writer = format == "csv" ? new CsvScoreWriter(stream) : new JsonLinesScoreWriter(stream);
            progressConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask($"Scoring {records.Count:N0} records", maxValue: Math.Max(1, records.Count));
                    foreach (var chunk in records.Chunk(model.BatchPredictor.BatchSize))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        ScoreChunk(model, chunk, writer, summary);
                        writer.Flush();
                        task.Increment(chunk.Length);
                    }
                });
        });
        return summary;
    }

    private static void ScoreChunk(SentimentModel model, ScoreRecord[] chunk, IScoreWriter writer, ScoreSummary summary)
    {
        var results = ScoredBatch.Score(model, [.. chunk.Select(r => (r.Text, r.Error))]);
        for (var i = 0; i < chunk.Length; i++)
        {
            var (record, prediction) = (chunk[i], results[i].Prediction);
            if (prediction is null)
            {
                var failed = record with { Error = results[i].Error };
                writer.Write(failed, null);
                summary.AddError(failed.Error!.StartsWith("line ", StringComparison.Ordinal) ? failed.Error : $"line {record.Line}: {failed.Error}");
                continue;
            }

            writer.Write(record, prediction);
            summary.Scored++;
            if (record.Expected is not null)
            {
                summary.Labelled++;
                summary.Correct += record.Expected == prediction.Label ? 1 : 0;
            }
        }
    }

    private static void Report(ScoreSummary summary, int recordCount, ScoreOutput target)
    {
        var into = target.IsStandardOutput ? "standard output" : target.Path;
        Console.Error.WriteLine($"sentiment {Name}: scored {summary.Scored:N0} of {recordCount:N0} records into {into}.");
        if (summary.Labelled > 0)
        {
            var accuracy = (double)summary.Correct / summary.Labelled;
            Console.Error.WriteLine($"sentiment {Name}: accuracy against the file's labels: {accuracy.ToString("F4", CultureInfo.InvariantCulture)} ({summary.Correct:N0}/{summary.Labelled:N0}).");
        }

        foreach (var error in summary.FirstErrors)
        {
            Console.Error.WriteLine($"sentiment {Name}: not scored: {error}");
        }

        if (summary.Errors > ListedErrors)
        {
            Console.Error.WriteLine($"sentiment {Name}: … and {summary.Errors - ListedErrors:N0} more records not scored (see the error records in the output).");
        }
    }

    private sealed class ScoreSummary
    {
        private readonly List<string> _firstErrors = [];

        public int Scored { get; set; }

        public int Errors { get; private set; }

        public int Labelled { get; set; }

        public int Correct { get; set; }

        public IReadOnlyList<string> FirstErrors => _firstErrors;

        public void AddError(string error)
        {
            Errors++;
            if (_firstErrors.Count < ListedErrors)
            {
                _firstErrors.Add(error);
            }
        }
    }
}
