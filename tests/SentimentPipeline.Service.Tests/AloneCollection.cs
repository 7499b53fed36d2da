namespace SentimentPipeline.Service.Tests;

/// <summary>
/// Tests that measure the whole process (the managed heap) run alone, after the parallel ones: other test classes'
/// live objects would otherwise count as this test's retained memory.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Runs alone";
}
