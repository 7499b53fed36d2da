namespace SentimentPipeline.Training.Data;

/// <summary>
/// Seeded stratified split: rows are grouped by stratum (label, or category + label when categories exist), each
/// group is shuffled with the seed and cut into test, validation and train parts, so every split keeps the
/// corpus's class (and category) balance. The same inputs and seed give the same split.
/// </summary>
public static class StratifiedSplitter
{
    /// <summary>Splits rows 0..strata.Count-1 by their stratum keys.</summary>
    public static DataSplit Split(IReadOnlyList<string> strata, double validationFraction, double testFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(strata);
        var random = new Random(seed);
        var train = new List<int>();
        var validation = new List<int>();
        var test = new List<int>();
        var groups = Enumerable.Range(0, strata.Count).GroupBy(i => strata[i], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var rows = group.ToArray();
            random.Shuffle(rows);
            var testCount = (int)Math.Round(rows.Length * testFraction, MidpointRounding.AwayFromZero);
            var validationCount = (int)Math.Round(rows.Length * validationFraction, MidpointRounding.AwayFromZero);
            test.AddRange(rows.Take(testCount));
            validation.AddRange(rows.Skip(testCount).Take(validationCount));
            train.AddRange(rows.Skip(testCount + validationCount));
        }

        // Restore file order inside each split; training shuffles per epoch anyway.
        return new DataSplit([.. train.Order()], [.. validation.Order()], [.. test.Order()]);
    }
}
