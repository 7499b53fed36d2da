namespace SentimentPipeline.OnnxExport.Tests.Support;

/// <summary>Compares probability arrays element by element within an absolute tolerance.</summary>
internal static class ParityAssert
{
    public const double Tolerance = 1e-5;

    /// <summary>Asserts max |expected − actual| ≤ <see cref="Tolerance"/> and returns that maximum.</summary>
    public static double Close(IReadOnlyList<float> expected, IReadOnlyList<float> actual, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        var worst = 0.0;
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.False(float.IsNaN(actual[i]), $"{what}: NaN at {i}");
            worst = Math.Max(worst, Math.Abs((double)expected[i] - actual[i]));
        }

        Assert.True(worst <= Tolerance, $"{what}: max abs difference {worst:E3} > {Tolerance:E0}");
        return worst;
    }
}
