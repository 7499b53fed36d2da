using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using SentimentPipeline.Service.Metrics;

namespace SentimentPipeline.Service.Hosting;

/// <summary>
/// One structured log line and the request metrics for every sentiment endpoint, once the answer is sent: method,
/// route, status, time and number of reviews. Never the review text: reviews can be personal data.
/// </summary>
internal sealed partial class RequestLogFilter(SentimentMetrics metrics, ILogger<RequestLogFilter> logger) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var started = Stopwatch.GetTimestamp();
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? string.Empty;
        http.Response.OnCompleted(() =>
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var status = http.Response.StatusCode;
            metrics.RecordRequest(route, status, elapsed);
            var reviews = http.Items.TryGetValue(SentimentEndpoints.ReviewCountItem, out var count) ? (int)count! : 0;
            LogRequest(logger, http.Request.Method, route, status, elapsed.TotalMilliseconds, reviews);
            return Task.CompletedTask;
        });
        return next(context);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} answered {Status} in {ElapsedMilliseconds:F1} ms ({Reviews} reviews)")]
    private static partial void LogRequest(ILogger logger, string method, string route, int status, double elapsedMilliseconds, int reviews);
}
