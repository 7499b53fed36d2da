namespace SentimentPipeline.Packaging.Tests;

/// <summary>The tests that share one packing run.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackagesFixture>
{
    public const string Name = "Packed packages";
}
