using System.CommandLine;
using SentimentPipeline.Cli.Commands;

var root = new RootCommand("sentiment: Chinese review sentiment pipeline tools.")
{
    SegmentCommand.Create(),
};

return root.Parse(args).Invoke();
