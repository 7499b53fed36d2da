namespace SentimentPipeline.Service;

/// <summary>Limits and address of the sentiment HTTP service.</summary>
public sealed record SentimentServiceOptions
{
    /// <summary>Default listening address.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// Default request body limit: 8 MiB, room for a 1-million-character Chinese review even when the client
    /// escapes every character as <c>\uXXXX</c> (6 bytes), as many JSON encoders do by default.
    /// </summary>
    public const long DefaultMaxRequestBodyBytes = 8 * 1024 * 1024;

    /// <summary>Default maximum number of reviews in one request.</summary>
    public const int DefaultMaxReviewsPerRequest = 1024;

    /// <summary>The address to listen on; port 0 picks a free port (see <see cref="SentimentService.ListeningUrls"/>).</summary>
    public string Url { get; init; } = DefaultUrl;

    /// <summary>Largest accepted request body in bytes; larger bodies get 413 with a problem response.</summary>
    public long MaxRequestBodyBytes { get; init; } = DefaultMaxRequestBodyBytes;

    /// <summary>Most reviews accepted in one <c>texts</c> array; more get 400 with a problem response.</summary>
    public int MaxReviewsPerRequest { get; init; } = DefaultMaxReviewsPerRequest;
}
