using Microsoft.AspNetCore.Http;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Service;

/// <summary>The request handlers of <see cref="SentimentService"/>.</summary>
internal sealed class SentimentEndpoints(SentimentModel model, PooledSentimentEngine pool, SentimentServiceOptions options)
{
    private readonly ModelInfoResponse _modelInfo = ModelInfoResponse.From(model);

    public async Task<IResult> PredictAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await PredictRequestReader.ReadAsync(request, options, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        if (!body.IsBatch)
        {
            return Results.Ok(PredictionResponse.From(pool.Predict(body.Texts[0])));
        }

        var predictions = model.BatchPredictor.Predict(body.Texts);
        return Results.Ok(new BatchPredictionResponse([.. predictions.Select(PredictionResponse.From)]));
    }

    public static IResult Health() => Results.Ok(new { status = "healthy" });

    public IResult ModelInfo() => Results.Ok(_modelInfo);
}
