using System.CommandLine;
using SentimentPipeline.Training.Baseline;
using Spectre.Console;

namespace SentimentPipeline.Training.Cli;

/// <summary>
/// <c>baseline</c>: the TF-IDF logistic-regression baseline alone, on the same split a <c>train</c> run with the
/// same corpus, seed and fractions uses. Exit codes as <c>train</c> (see <see cref="SentimentPipeline.ModelBundle.ExitCodes"/>).
/// </summary>
public static class BaselineCommand
{
    /// <summary>Builds the command; progress and report go to <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        // The defaults the options show; the paths are set per invocation.
        var defaults = new TrainingOptions { CorpusPath = string.Empty, OutputDirectory = string.Empty };
        var corpus = new Option<string>("--corpus") { Description = "Review CSV (formats as for train).", Required = true };
        var output = new Option<string>("--output") { Description = $"Output folder ({BaselineRun.ReportFile}, confusion-matrix-baseline.png).", DefaultValueFactory = _ => Path.Combine("artifacts", "baseline") };
        var splitFile = new Option<string?>("--split-file") { Description = "Also write the split's tokens as JSON lines here (input of benchmarks/sklearn-baseline.py)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the split.", DefaultValueFactory = _ => defaults.Seed };
        var validationFraction = new Option<double>("--validation-fraction") { Description = "Share of each class for validation (chooses the L2 strength).", DefaultValueFactory = _ => defaults.ValidationFraction };
        var testFraction = new Option<double>("--test-fraction") { Description = "Share of each class for the test report.", DefaultValueFactory = _ => defaults.TestFraction };
        var corpusFormat = new CorpusFormatOptions();
        var command = new Command("baseline", "Train and evaluate only the TF-IDF logistic-regression baseline, on the same split as train.")
        {
            corpus, output, splitFile, seed, validationFraction, testFraction,
        };
        corpusFormat.AddTo(command);
        command.SetAction(result => CommandExit.Run(console, corpusFormat.SkipInvalidRows(result), () =>
        {
            var options = defaults with
            {
                CorpusPath = result.GetRequiredValue(corpus),
                OutputDirectory = result.GetRequiredValue(output),
                Format = corpusFormat.Resolve(result),
                SkipInvalidRows = corpusFormat.SkipInvalidRows(result),
                Seed = result.GetValue(seed),
                ValidationFraction = result.GetValue(validationFraction),
                TestFraction = result.GetValue(testFraction),
            };
            new BaselineRun(options, console).Run(result.GetValue(splitFile));
            return 0;
        }));
        return command;
    }
}
