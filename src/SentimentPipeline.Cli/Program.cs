using System.CommandLine;
using SentimentPipeline.Cli.Commands;
using SentimentPipeline.Cli.Commands.Serve;

var root = new RootCommand("sentiment: Chinese review sentiment pipeline tools.")
{
    SegmentCommand.Create(),
    PredictCommand.Create(),
    ScoreCommand.Create(),
    InfoCommand.Create(),
    ServeCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Action is System.CommandLine.Invocation.ParseErrorAction parseError)
{
    // A usage error is reported on stderr only, so nothing but results ever reaches stdout.
    parseError.ShowHelp = false;
}

return await parse.InvokeAsync();
