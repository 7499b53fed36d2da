using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Service.Tests.Support;

/// <summary>The sample app in memory over the tiny model, for a whole test class, with the model loaded beside it for expected values.</summary>
public sealed class ServiceFixture : IDisposable
{
    public const int MaxReviewsPerRequest = 64;
    public const int MaxReviewCharacters = 1_000_000;

    public ServiceFixture()
    {
        Factory = new SentimentAppFactory(Model.BundleDirectory, new Dictionary<string, string>
        {
            ["MaxReviewsPerRequest"] = MaxReviewsPerRequest.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MaxReviewCharacters"] = MaxReviewCharacters.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Client = Factory.CreateClient();
    }

    public ModelFixture Model { get; } = new();

    public SentimentAppFactory Factory { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Model.Dispose();
    }
}
