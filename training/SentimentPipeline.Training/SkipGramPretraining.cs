using System.Diagnostics;
using Spectre.Console;
using TorchSharp;
using static TorchSharp.torch;

namespace SentimentPipeline.Training;

/// <summary>
/// Word2vec's skip-gram with negative sampling (Mikolov et al., 2013) on the training split's own token sequences,
/// so that the deep path starts from an embedding that already places words of similar contexts together instead of
/// learning it from the labels alone. No text outside the training split is read. Word2vec's usual settings: a window
/// drawn from 1 … 4 each side, 5 negatives from the unigram distribution to the power 0.75, frequent words
/// subsampled at 1e-4; Adam (learning rate 0.01) on batches of 4,096 pairs.
/// </summary>
internal static class SkipGramPretraining
{
    private const int Window = 4;
    private const int Negatives = 5;
    private const int BatchSize = 4096;
    private const double Subsample = 1e-4;
    private const double LearningRate = 0.01;

    /// <summary>
    /// Trains <paramref name="embeddingWeight"/> (its current values are the start) in place for as many epochs as
    /// <paramref name="epochsFor"/> gives for the first epoch's pair count; row 0 (PAD) ends zero. Returns the epochs run.
    /// </summary>
    public static int Pretrain(Tensor embeddingWeight, IReadOnlyList<long[]> sequences, Func<long, int> epochsFor, int seed, IAnsiConsole console)
    {
        var vocabulary = (int)embeddingWeight.shape[0];
        var dimension = (int)embeddingWeight.shape[1];
        var counts = new long[vocabulary];
        long total = 0;
        foreach (var sequence in sequences)
        {
            foreach (var id in sequence)
            {
                counts[id]++;
                total++;
            }
        }

        var random = new Random(seed);
        using var scope = NewDisposeScope();
        // The first epoch's pairs are drawn before the count is known, in the order every epoch draws them, so a run
        // given the same number of epochs explicitly is the same run; none drawn here touches torch's generator.
        var first = Pairs(sequences, counts, total, random);
        var epochs = epochsFor(first.Centers.Count);
        if (epochs == 0)
        {
            console.MarkupLine($"skip-gram: {first.Centers.Count:N0} pairs an epoch, too few to pretrain on.");
            return 0;
        }

        var negativeTable = NegativeTable(counts);
        var input = nn.Parameter(embeddingWeight.detach().clone());
        var output = nn.Parameter(zeros(vocabulary, dimension));
        using var optimizer = optim.Adam([input, output], lr: LearningRate);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            var (centers, contexts) = epoch == 1 ? first : Pairs(sequences, counts, total, random);
            double lossSum = 0;
            var batches = 0;
            for (var start = 0; start < centers.Count; start += BatchSize)
            {
                using var step = NewDisposeScope();
                var count = Math.Min(BatchSize, centers.Count - start);
                var center = tensor(centers.GetRange(start, count).ToArray());
                var context = tensor(contexts.GetRange(start, count).ToArray());
                var negative = tensor(Enumerable.Range(0, count * Negatives).Select(_ => negativeTable[random.Next(negativeTable.Length)]).ToArray()).reshape(count, Negatives);
                optimizer.zero_grad();
                var c = input.index_select(0, center);
                var positive = (c * output.index_select(0, context)).sum(1);
                var negativeScores = bmm(output.index_select(0, negative.flatten()).reshape(count, Negatives, dimension), c.unsqueeze(2)).squeeze(2);
                var loss = -(nn.functional.logsigmoid(positive).mean() + nn.functional.logsigmoid(-negativeScores).sum(1).mean());
                loss.backward();
                optimizer.step();
                lossSum += loss.item<float>();
                batches++;
            }

            console.MarkupLine($"skip-gram epoch {epoch}/{epochs}: {centers.Count:N0} pairs, loss {lossSum / Math.Max(1, batches):F4}, {clock.Elapsed.TotalSeconds:F0} s");
        }

        using var noGrad = no_grad();
        input[0].zero_();
        embeddingWeight.copy_(input);
        return epochs;
    }

    /// <summary>One epoch's (center, context) pairs in random order, after subsampling the frequent words.</summary>
    private static (List<long> Centers, List<long> Contexts) Pairs(IReadOnlyList<long[]> sequences, long[] counts, long total, Random random)
    {
        var centers = new List<long>();
        var contexts = new List<long>();
        var kept = new List<long>();
        foreach (var sequence in sequences)
        {
            kept.Clear();
            foreach (var id in sequence)
            {
                var frequency = counts[id] / (double)total;
                if (frequency <= Subsample || random.NextDouble() < Math.Sqrt(Subsample / frequency))
                {
                    kept.Add(id);
                }
            }

            for (var i = 0; i < kept.Count; i++)
            {
                var window = random.Next(1, Window + 1);
                for (var j = Math.Max(0, i - window); j <= Math.Min(kept.Count - 1, i + window); j++)
                {
                    if (j != i)
                    {
                        centers.Add(kept[i]);
                        contexts.Add(kept[j]);
                    }
                }
            }
        }

        var order = Enumerable.Range(0, centers.Count).ToArray();
        random.Shuffle(order);
        return ([.. order.Select(k => centers[k])], [.. order.Select(k => contexts[k])]);
    }

    /// <summary>Token ids in proportion to count^0.75 (PAD and UNK never), for drawing negatives by a uniform index.</summary>
    private static long[] NegativeTable(long[] counts)
    {
        const int size = 1 << 20;
        var weights = counts.Select((c, id) => id < 2 ? 0 : Math.Pow(c, 0.75)).ToArray();
        var sum = weights.Sum();
        var table = new long[size];
        var id = 0;
        var cumulative = weights[0] / sum;
        for (var k = 0; k < size; k++)
        {
            while ((k + 0.5) / size > cumulative && id < weights.Length - 1)
            {
                cumulative += weights[++id] / sum;
            }

            table[k] = id;
        }

        return table;
    }
}
