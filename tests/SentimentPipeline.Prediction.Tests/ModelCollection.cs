using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Prediction.Tests;

/// <summary>Test classes in this collection share one <see cref="ModelFixture"/> (SentimentPipeline.TestSupport).</summary>
[CollectionDefinition(Name)]
public sealed class ModelCollection : ICollectionFixture<ModelFixture>
{
    public const string Name = "tiny model";
}
