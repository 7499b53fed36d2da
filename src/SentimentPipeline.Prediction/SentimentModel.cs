using Microsoft.Extensions.Logging;
using Microsoft.ML;
using Microsoft.ML.OnnxRuntime;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Prediction.Bundle;
using SentimentPipeline.Prediction.Execution;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Prediction;

/// <summary>
/// A loaded, checked model bundle (model.onnx + vocabulary.json + metadata) and the ways to run it:
/// an ML.NET <see cref="PredictionEngine{TSrc,TDst}"/> for one review, <see cref="BatchPredictor"/> for many,
/// and <see cref="CreateEnginePool"/> for servers. Thread-safe after <see cref="Load"/>.
/// </summary>
public sealed class SentimentModel : IDisposable
{
    private readonly InferenceSession _session;
    private readonly MLContext _mlContext;
    private readonly ITransformer _transformer;
    private readonly OcclusionExplainer _explainer;

    private SentimentModel(string directory, ModelBundleMetadata metadata, ExecutionProviderInfo provider, TextEncoder encoder,
        InferenceSession session, MLContext mlContext, ITransformer transformer, int batchSize)
    {
        Directory = directory;
        Metadata = metadata;
        ExecutionProvider = provider;
        Encoder = encoder;
        _session = session;
        _mlContext = mlContext;
        _transformer = transformer;
        BatchPredictor = new SentimentBatchPredictor(session, encoder, batchSize);
        _explainer = new OcclusionExplainer(encoder, BatchPredictor);
    }

    /// <summary>The bundle directory.</summary>
    public string Directory { get; }

    /// <summary>What the model says about itself.</summary>
    public ModelBundleMetadata Metadata { get; }

    /// <summary>The execution provider that runs the model (CPU, or CUDA when requested and available).</summary>
    public ExecutionProviderInfo ExecutionProvider { get; }

    /// <summary>The text encoder (segmenter, vocabulary, maximum length) the model was trained with.</summary>
    public TextEncoder Encoder { get; }

    /// <summary>The ML.NET pipeline: segment → encode → ONNX → label. Not saveable (see <see cref="SentimentTransformsCatalog"/>).</summary>
    public ITransformer Transformer => _transformer;

    /// <summary>The batched ONNX Runtime path: the fast way to score many reviews.</summary>
    public SentimentBatchPredictor BatchPredictor { get; }

    /// <summary>
    /// Loads and checks a model bundle. Refuses it with <see cref="ModelBundleChecksumException"/> when model.onnx or
    /// vocabulary.json is not what <c>SHA256SUMS</c> recorded at export, and with <see cref="ModelBundleMismatchException"/>
    /// when the vocabulary size, preprocessing version, dictionary checksum or labels differ from this build's.
    /// </summary>
    /// <param name="directory">The bundle directory.</param>
    /// <param name="options">Execution options; <see langword="null"/> means CPU and defaults.</param>
    /// <exception cref="ModelBundleException">A file is missing, not a regular file, unreadable or malformed; the message names it.</exception>
    /// <exception cref="ModelBundleChecksumException">A file changed after export; the message names it and both checksums.</exception>
    /// <exception cref="ModelBundleMismatchException">The bundle does not match this build; the message lists every difference.</exception>
    /// <exception cref="GpuUnavailableException">The GPU was requested strictly and cannot be used.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="PredictionOptions.Validate"/>).</exception>
    public static SentimentModel Load(string directory, PredictionOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= new PredictionOptions();
        options.Validate();

        directory = Path.GetFullPath(directory);
        switch (FileKinds.Of(directory))
        {
            case FileKind.Directory:
                break;
            case FileKind.Missing:
                throw new ModelBundleException(directory, "model bundle directory not found");
            case FileKind.SymlinkLoop:
                throw new ModelBundleException(directory, FileKinds.ProblemAsInputFile(directory)!);
            default:
                throw new ModelBundleException(directory, "is not a directory: give the model bundle directory (model.onnx + vocabulary.json)");
        }

        var modelPath = BundleFile.Require(directory, ModelBundleFiles.Model);
        var vocabularyPath = BundleFile.Require(directory, ModelBundleFiles.Vocabulary);
        BundleChecksums.Verify(directory);
        var provider = ExecutionProviderSelector.Select(modelPath, options);
        var session = OnnxModelReader.OpenSession(modelPath, provider, options);
        try
        {
            OnnxModelReader.CheckSignature(modelPath, session);
            var metadata = OnnxModelReader.ReadMetadata(modelPath, session);
            var vocabulary = VocabularyFile.Read(vocabularyPath);
            var segmenter = options.Segmenter ?? JiebaSegmenter.CreateDefault();
            var differences = BundleCompatibility.FindDifferences(metadata, vocabulary.Tokens, segmenter);
            if (differences.Count > 0)
            {
                throw new ModelBundleMismatchException(directory, differences);
            }

            var encoder = new TextEncoder(segmenter, vocabulary, metadata.MaxLength, metadata.MaxCharacters);
            var mlContext = new MLContext { GpuDeviceId = null };
            var transformer = SentimentPipelineBuilder.Build(mlContext, encoder, modelPath, provider, options.IntraOpThreads);
            options.Logger?.LogInformation("Loaded sentiment model {Directory} on {Provider}.", directory, provider);
            return new SentimentModel(directory, metadata, provider, encoder, session, mlContext, transformer, options.BatchSize);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Scores a review and each token's contribution to the verdict, by occlusion: the review is scored whole and with
    /// each token left out, in one batch; a token's contribution is P(positive) whole minus P(positive) without it.
    /// Thread-safe. <see langword="null"/> is explained as an empty review.
    /// </summary>
    /// <param name="text">The review.</param>
    public SentimentExplanation Explain(string? text) => _explainer.Explain(text);

    /// <summary>
    /// A new ML.NET prediction engine over <see cref="Transformer"/>. Not thread-safe: use one per thread, or
    /// <see cref="CreateEnginePool"/>. Disposing it leaves the model usable.
    /// </summary>
    public PredictionEngine<ReviewInput, SentimentPrediction> CreatePredictionEngine()
        // ML.NET's default lets an engine dispose the transformer (and its ONNX session) shared by all engines.
        => _mlContext.Model.CreatePredictionEngine<ReviewInput, SentimentPrediction>(_transformer, new PredictionEngineOptions { OwnsTransformer = false });

    /// <summary>A thread-safe pool of prediction engines for servers.</summary>
    /// <param name="maximumRetained">Engines kept for reuse; more are created under load and then dropped.</param>
    public PooledSentimentEngine CreateEnginePool(int maximumRetained = 0)
        => new(CreatePredictionEngine, maximumRetained > 0 ? maximumRetained : Environment.ProcessorCount * 2);

    /// <summary>Releases the ONNX Runtime sessions.</summary>
    public void Dispose()
    {
        (_transformer as IDisposable)?.Dispose();
        _session.Dispose();
    }
}
