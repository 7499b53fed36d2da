using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Prometheus;
using SentimentPipeline.Service.Health;
using SentimentPipeline.Service.Hosting;
using SentimentPipeline.Service.Metrics;

namespace SentimentPipeline.Service;

/// <summary>Maps the sentiment endpoints onto an ASP.NET Core app (or a route group, to put them under a prefix).</summary>
public static class SentimentEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /predict</c>, <c>GET /model</c>, <c>GET|HEAD /health</c>, <c>/health/live</c>, <c>/health/ready</c>,
    /// <c>GET /metrics</c> (Prometheus) and the web page at <c>/</c>. Needs
    /// <see cref="SentimentServiceCollectionExtensions.AddSentimentModel(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{SentimentModelOptions})"/>.
    /// </summary>
    /// <param name="endpoints">The app or a route group.</param>
    /// <returns>The group of the prediction, model and page endpoints, for further conventions.</returns>
    public static RouteGroupBuilder MapSentimentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var handlers = services.GetRequiredService<SentimentEndpoints>();
        var group = endpoints.MapGroup(string.Empty).WithTags("Sentiment");
        group.AddEndpointFilter(services.GetRequiredService<RequestLogFilter>());

        group.MapPost("/predict", (Func<HttpContext, Task<IResult>>)handlers.PredictAsync)
            .WithName("Predict")
            .WithSummary("Predict the sentiment of one review or a list of reviews")
            .WithDescription("{\"text\": …} is answered with one prediction, {\"texts\": […]} with a list in request order; \"explain\": true adds each token's contribution to P(positive), by occlusion.")
            // The body is read by hand (to answer every malformed one with a problem), so OpenAPI is told its shape.
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) => operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(PredictRequestDocument), cancellationToken: cancellationToken).ConfigureAwait(false) },
                },
            })
            .Produces<PredictionResponse>(StatusCodes.Status200OK)
            .Produces<BatchPredictionResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status408RequestTimeout)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/model", (Func<IResult>)handlers.ModelInfo)
            .WithName("ModelInfo")
            .WithSummary("The served model: name, checksum, metadata, test metrics and execution provider")
            .Produces<ModelInfoResponse>(StatusCodes.Status200OK);
        foreach (var (route, resource, contentType) in WebPage.Files)
        {
            group.MapGet(route, () => WebPage.Serve(resource, contentType)).ExcludeFromDescription();
        }

        var ready = new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(SentimentModelHealthCheck.ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        };
        endpoints.MapHealthChecks("/health", ready).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        endpoints.MapHealthChecks("/health/ready", ready).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        endpoints.MapMetrics("/metrics", services.GetRequiredService<SentimentMetrics>().Registry);
        return group;
    }
}
