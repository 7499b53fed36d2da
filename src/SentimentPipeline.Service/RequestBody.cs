using Microsoft.AspNetCore.Http;

namespace SentimentPipeline.Service;

/// <summary>
/// Reads a whole request body into an array of its own. <c>JsonDocument.ParseAsync(stream)</c> buffers the body in
/// arrays rented from <c>ArrayPool&lt;byte&gt;.Shared</c>, which keeps returned arrays (per core and per thread) for
/// reuse: after concurrent multi-megabyte bodies the pool held hundreds of megabytes for good. A plain array is
/// garbage once the request is answered.
/// </summary>
internal static class RequestBody
{
    private const int FirstChunk = 16 * 1024;

    /// <summary>The body, or <see langword="null"/> when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[request.ContentLength is { } length and <= int.MaxValue ? (int)Math.Min(length, maxBytes) : FirstChunk];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (filled >= maxBytes)
                {
                    // One byte more decides between "exactly the limit" and "over it".
                    var probe = new byte[1];
                    return await request.Body.ReadAsync(probe, cancellationToken).ConfigureAwait(false) == 0 ? buffer.AsMemory(0, filled) : null;
                }

                Array.Resize(ref buffer, (int)Math.Min(Math.Max(2L * buffer.Length, FirstChunk), maxBytes));
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.AsMemory(0, filled);
            }

            filled += read;
        }
    }
}
