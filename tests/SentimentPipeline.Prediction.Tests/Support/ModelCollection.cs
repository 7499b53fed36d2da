namespace SentimentPipeline.Prediction.Tests.Support;

/// <summary>Test classes in this collection share one <see cref="ModelFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ModelCollection : ICollectionFixture<ModelFixture>
{
    public const string Name = "tiny model";
}
