using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SentimentPipeline.Service.Health;

/// <summary>Health answers as JSON (<c>{"status":"healthy","checks":{…}}</c>); a HEAD request gets the status code alone.</summary>
internal static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return Task.CompletedTask;
        }

        context.Response.ContentType = "application/json";
        var checks = report.Entries.ToDictionary(
            entry => entry.Key,
            entry => new { status = Status(entry.Value.Status), description = entry.Value.Description });
        return JsonSerializer.SerializeAsync(context.Response.Body, new { status = Status(report.Status), checks }, cancellationToken: context.RequestAborted);
    }

    private static string Status(HealthStatus status) => status.ToString().ToLowerInvariant();
}
