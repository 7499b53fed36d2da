namespace SentimentPipeline.Training.CheckpointExport;

/// <summary>One padded batch and the probabilities TorchSharp gave it.</summary>
/// <param name="TokenIds">Ids [batch, sequence], row-major.</param>
/// <param name="Lengths">Real lengths [batch].</param>
/// <param name="SequenceLength">Width of a row of <paramref name="TokenIds"/>.</param>
/// <param name="CharIds">Character ids [batch, characters], row-major.</param>
/// <param name="CharacterLength">Width of a row of <paramref name="CharIds"/>.</param>
/// <param name="Probabilities">TorchSharp eval-mode softmax [batch, 2], row-major.</param>
public sealed record OnnxParityBatch(long[] TokenIds, int[] Lengths, int SequenceLength, long[] CharIds, int CharacterLength, float[] Probabilities);
