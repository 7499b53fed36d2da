using TorchSharp;
using static TorchSharp.torch;

namespace SentimentPipeline.Training.Tests;

public sealed class SkipGramPretrainingTests
{
    [Fact]
    public void Pretrain_WordsOfTheSameContexts_EndPointingTheSameWay()
    {
        TorchSharpNativeLoader.EnsureLoaded();
        // Tokens 2 and 3 occur between 10 and 11, token 4 between 20 and 21; many other tokens keep each one rare
        // enough that subsampling keeps them.
        var random = new Random(5);
        var sequences = new List<long[]>();
        for (var i = 0; i < 3000; i++)
        {
            var filler = 30 + random.Next(300);
            long[] sequence = (i % 3) switch
            {
                0 => [filler, 10, 2, 11, filler + 1],
                1 => [filler, 10, 3, 11, filler + 1],
                _ => [filler, 20, 4, 21, filler + 1],
            };
            sequences.Add(sequence);
        }

        // Start from the opposite of the answer: 3 pointing away from 2 (so that without training the test fails).
        using var weight = randn(340, 16, generator: new Generator(3)) * 0.1;
        using (no_grad())
        {
            weight[3].copy_(-weight[2]);
        }

        long firstEpochPairs = -1;
        var epochs = SkipGramPretraining.Pretrain(weight, sequences, pairs => { firstEpochPairs = pairs; return 20; }, seed: 1, new QuietConsole().Console);

        // The count asked about is the first epoch's: some pairs, at most 4 neighbours of each of the five tokens of each sequence.
        Assert.Equal(20, epochs);
        Assert.InRange(firstEpochPairs, 1, 3000 * 5 * 4);

        double Cosine(int a, int b) => nn.functional.cosine_similarity(weight[a].unsqueeze(0), weight[b].unsqueeze(0)).item<float>();
        // 2 and 3, opposite at the start, now point the same way, and closer than 2 and 4.
        Assert.True(Cosine(2, 3) > 0.5 && Cosine(2, 3) > Cosine(2, 4), $"cos(2, 3) = {Cosine(2, 3):F3}, cos(2, 4) = {Cosine(2, 4):F3}");
        Assert.Equal(0, weight[0].abs().sum().item<float>());
    }
}
