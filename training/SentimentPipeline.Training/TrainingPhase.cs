using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SentimentPipeline.Training;

/// <summary>One stage of training: which parameters learn, how the logits are computed, and the optimiser settings.</summary>
/// <param name="Name">Shown in the progress lines ("deep", "wide").</param>
/// <param name="Parameters">The parameters this phase trains.</param>
/// <param name="Logits">Logits from token ids, lengths and character ids.</param>
/// <param name="LearningRate">Adam learning rate.</param>
/// <param name="WeightDecay">Adam (L2) weight decay.</param>
/// <param name="Epochs">Maximum epochs.</param>
/// <param name="BatchSize">Reviews per step.</param>
internal sealed record TrainingPhase(
    string Name,
    IEnumerable<Parameter> Parameters,
    Func<Tensor, Tensor, Tensor, Tensor> Logits,
    double LearningRate,
    double WeightDecay,
    int Epochs,
    int BatchSize);
