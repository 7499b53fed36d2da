using System.CommandLine;
using System.Text;
using System.Text.Json;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Service;

namespace SentimentPipeline.Cli.Commands;

/// <summary><c>sentiment info [--model DIR]</c>: the model's metadata and the execution provider in use, as JSON (the same as <c>GET /model</c>).</summary>
internal static class InfoCommand
{
    private const string Name = "info";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = PredictionJson.WriterOptions.Encoder,
    };

    public static Command Create()
    {
        var model = new ModelArguments();
        var command = new Command(Name, "Show a model bundle's metadata and the execution provider that runs it.");
        model.AddTo(command);
        command.SetAction(parse =>
        {
            using var logging = StandardErrorLogging.Create();
            using var loaded = model.TryLoad(parse, Name, logging.CreateCommandLogger(Name), out var exitCode);
            if (loaded is null)
            {
                return exitCode;
            }

            try
            {
                using var output = StandardOutput.Open();
                output.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(ModelInfoResponse.From(loaded), Json) + "\n"));
            }
            catch (StandardOutputException e)
            {
                return StandardOutput.Fail(Name, e);
            }

            Console.Error.WriteLine($"sentiment {Name}: execution provider: {loaded.ExecutionProvider}");
            return ExitCodes.Success;
        });
        return command;
    }
}
