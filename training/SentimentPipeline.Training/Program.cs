using System.CommandLine;
using SentimentPipeline.Training.CheckpointExport;
using SentimentPipeline.Training.Cli;
using Spectre.Console;

var root = new RootCommand("SentimentPipeline training: TorchSharp (Bi)LSTM on Chinese reviews, evaluated against an ML.NET baseline.")
{
    TrainCommand.Create(AnsiConsole.Console),
    ExportCommand.Create(AnsiConsole.Console),
    BaselineCommand.Create(AnsiConsole.Console),
};
return root.Parse(args).Invoke();
