using System.CommandLine;
using Microsoft.Extensions.Logging;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Models.Pretrained;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// The options every model command shares (<c>--model</c>, <c>--gpu</c>, <c>--gpu-device</c>, <c>--gpu-strict</c>) and
/// loading with exit codes. Without <c>--model</c> the pretrained model of SentimentPipeline.Models.Pretrained is used,
/// and standard error says so (standard output carries only results).
/// </summary>
internal sealed class ModelArguments
{
    public Option<DirectoryInfo> Model { get; } = new("--model", "-m")
    {
        Description = "Model bundle directory (model.onnx + vocabulary.json), e.g. artifacts/model; default: the pretrained model.",
    };

    public Option<bool> Gpu { get; } = new("--gpu")
    {
        Description = "Run on the CUDA execution provider; falls back to CPU with a warning when it is not available.",
    };

    public Option<int> GpuDevice { get; } = new("--gpu-device")
    {
        Description = "CUDA device id used with --gpu.",
        DefaultValueFactory = _ => 0,
    };

    public Option<bool> GpuStrict { get; } = new("--gpu-strict")
    {
        Description = "With --gpu: fail (exit code 4) instead of falling back to CPU when CUDA cannot be used.",
    };

    public void AddTo(Command command)
    {
        GpuDevice.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--gpu-device must be 0 or more.");
            }
        });
        command.Options.Add(Model);
        command.Options.Add(Gpu);
        command.Options.Add(GpuDevice);
        command.Options.Add(GpuStrict);
    }

    /// <summary>
    /// Loads the model with <paramref name="defaults"/> (the command's own execution options, if any) and these
    /// options, or writes why not to standard error and returns the exit code.
    /// </summary>
    public SentimentModel? TryLoad(ParseResult parse, string commandName, ILogger logger, out int exitCode, PredictionOptions? defaults = null)
    {
        var directory = parse.GetValue(Model);
        var options = (defaults ?? new PredictionOptions()) with
        {
            UseGpu = parse.GetValue(Gpu) || parse.GetValue(GpuStrict),
            GpuDeviceId = parse.GetValue(GpuDevice),
            FallbackToCpu = !parse.GetValue(GpuStrict),
            Logger = logger,
        };
        try
        {
            exitCode = ExitCodes.Success;
            if (directory is not null)
            {
                return SentimentModel.Load(directory.FullName, options);
            }

            Console.Error.WriteLine($"sentiment {commandName}: no --model given, using the {PretrainedModel.Summary}.");
            return SentimentModel.LoadPretrained(options);
        }
        catch (ModelBundleException e)
        {
            Console.Error.WriteLine($"sentiment {commandName}: {e.Message}");
            exitCode = ExitCodes.InvalidInput;
        }
        catch (GpuUnavailableException e)
        {
            Console.Error.WriteLine($"sentiment {commandName}: {e.Message}");
            exitCode = ExitCodes.GpuUnavailable;
        }
        catch (Exception e) when (directory is null && e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sentiment {commandName}: cannot write the pretrained model to {PretrainedModel.DefaultCacheDirectory}: {e.Message}");
            exitCode = ExitCodes.InputOutput;
        }

        return null;
    }
}
