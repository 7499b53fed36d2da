using System.CommandLine;
using SentimentPipeline.Cli.Commands;

var root = new RootCommand("sentiment: Chinese review sentiment pipeline tools.")
{
    SegmentCommand.Create(),
    PredictCommand.Create(),
    ScoreCommand.Create(),
    InfoCommand.Create(),
    ServeCommand.Create(),
};

return root.Parse(args).Invoke();
