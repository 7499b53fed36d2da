using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Service.Hosting;

/// <summary>
/// The model the endpoints serve, with the name and checksum that identify it in <c>GET /model</c> and metrics
/// (never its path: that is the server's business). Disposes the model only when it loaded it itself.
/// </summary>
internal sealed class ServedModel : IDisposable
{
    private readonly bool _owned;

    private ServedModel(SentimentModel model, bool owned, string? name)
    {
        Model = model;
        _owned = owned;
        Name = string.IsNullOrWhiteSpace(name) ? DirectoryName(model) : name;
        Sha256 = ComputeSha256(model);
    }

    public SentimentModel Model { get; }

    public string Name { get; }

    /// <summary>SHA-256 of model.onnx, lower-case hex.</summary>
    public string Sha256 { get; }

    public static ServedModel Load(IOptions<SentimentModelOptions> options, ILoggerFactory loggers)
    {
        var value = options.Value;
        var prediction = (value.Prediction ?? new PredictionOptions()) with
        {
            Logger = value.Prediction?.Logger ?? loggers.CreateLogger("SentimentPipeline.Service.Model"),
        };
        return new ServedModel(SentimentModel.Load(value.ModelDirectory!, prediction), owned: true, value.ModelName);
    }

    public static ServedModel Borrow(SentimentModel model, IOptions<SentimentModelOptions> options)
        => new(model, owned: false, options.Value.ModelName);

    public static string DirectoryName(SentimentModel model) => Path.GetFileName(model.Directory.TrimEnd(Path.DirectorySeparatorChar));

    public static string ComputeSha256(SentimentModel model)
    {
        using var onnx = File.OpenRead(Path.Combine(model.Directory, ModelBundleFiles.Model));
        return Convert.ToHexStringLower(SHA256.HashData(onnx));
    }

    public void Dispose()
    {
        if (_owned)
        {
            Model.Dispose();
        }
    }
}
