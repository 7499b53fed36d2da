using System.Net;
using System.Text.Json;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Service.Tests.Support;

/// <summary>Checks of JSON answers shared by the service tests.</summary>
internal static class ResponseAssert
{
    public static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json(response);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public static void Prediction(SentimentPrediction expected, JsonElement actual)
    {
        Assert.Equal(expected.Label, actual.GetProperty("label").GetString());
        Assert.Equal(expected.Positive, actual.GetProperty("positive").GetSingle(), 1e-6f);
        Assert.Equal(expected.Negative, actual.GetProperty("negative").GetSingle(), 1e-6f);
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
