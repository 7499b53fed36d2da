using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SentimentPipeline.Prediction;
using SentimentPipeline.Service.Batching;
using SentimentPipeline.Service.Hosting;

namespace SentimentPipeline.Service;

/// <summary>The request handlers behind <see cref="SentimentEndpointRouteBuilderExtensions.MapSentimentEndpoints"/>.</summary>
internal sealed class SentimentEndpoints(ServedModel served, ReviewScorer scorer, IOptions<SentimentModelOptions> options, ILogger<SentimentEndpoints> logger)
{
    /// <summary>Key of <see cref="HttpContext.Items"/> holding the number of reviews, for the request log.</summary>
    public const string ReviewCountItem = "sentiment.reviews";

    private readonly SentimentModelOptions _options = options.Value;
    private readonly ModelInfoResponse _modelInfo = ModelInfoResponse.From(served);

    public async Task<IResult> PredictAsync(HttpContext context)
    {
        var sizeLimit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
        {
            sizeLimit.MaxRequestBodySize = _options.MaxRequestBodyBytes;
        }

        var cancellationToken = context.RequestAborted;
        var (body, problem) = await PredictRequestReader.ReadAsync(context.Request, _options, logger, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        context.Items[ReviewCountItem] = body.Texts.Count;
        IReadOnlyList<PredictionResponse> answers;
        try
        {
            answers = await Answer(body, cancellationToken).ConfigureAwait(false);
        }
        catch (QueueFullException e)
        {
            context.Response.Headers[HeaderNames.RetryAfter] = _options.Batching.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service busy", detail: e.Message + " Retry later.");
        }
        catch (NonFiniteProbabilityException e)
        {
            // A corrupt model, not a bad request: the same for every client until the bundle is replaced.
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Model cannot score",
                detail: $"The model gave review {e.ReviewIndices[0] + 1} a non-finite probability ({e.Message}); the model bundle is likely corrupt, and /health/ready reports it.");
        }

        return body.IsBatch ? Results.Ok(new BatchPredictionResponse(answers)) : Results.Ok(answers[0]);
    }

    public IResult ModelInfo() => Results.Ok(_modelInfo);

    private async Task<IReadOnlyList<PredictionResponse>> Answer(PredictRequest body, CancellationToken cancellationToken)
    {
        if (body.Explain)
        {
            return [.. body.Texts.Select(text =>
            {
                var explanation = served.Model.Explain(text);
                scorer.RecordExplanation(explanation);
                return PredictionResponse.From(explanation);
            })];
        }

        if (body.IsBatch)
        {
            return [.. scorer.ScoreNow(body.Texts).Select(PredictionResponse.From)];
        }

        // Only the encoded review waits in the queue; the text is not kept.
        var encoded = served.Model.Encoder.Encode(body.Texts[0]);
        return [PredictionResponse.From(await scorer.ScoreAsync(encoded, cancellationToken).ConfigureAwait(false))];
    }
}
