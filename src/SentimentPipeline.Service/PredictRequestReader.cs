using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SentimentPipeline.Service;

/// <summary>
/// Reads and validates a <c>POST /predict</c> body. Every rejection is a problem response that names the field:
/// 415 for a non-JSON content type, 413 for an oversized body, 400 for malformed JSON, a missing or non-string
/// <c>text</c>, or too many reviews.
/// </summary>
internal static class PredictRequestReader
{
    public const string TextField = "text";
    public const string TextsField = "texts";

    public static async Task<(PredictRequest? Request, IResult? Problem)> ReadAsync(
        HttpRequest request, SentimentServiceOptions options, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Fail(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                $"Send the review as JSON with Content-Type: application/json (got '{request.ContentType ?? "none"}').");
        }

        if (request.ContentLength > options.MaxRequestBodyBytes)
        {
            return TooLarge(options);
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return Fail(StatusCodes.Status400BadRequest, "Malformed JSON", e.Message);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(options);
        }

        using (document)
        {
            return Validate(document.RootElement, options);
        }
    }

    private static (PredictRequest?, IResult?) Validate(JsonElement root, SentimentServiceOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return BadRequest("Invalid request", $"The body must be a JSON object with '{TextField}' (one review) or '{TextsField}' (a list); got a JSON {root.ValueKind.ToString().ToLowerInvariant()}.");
        }

        var hasText = root.TryGetProperty(TextField, out var text);
        var hasTexts = root.TryGetProperty(TextsField, out var texts);
        if (hasText == hasTexts)
        {
            return hasText
                ? BadRequest("Invalid request", $"Send either '{TextField}' or '{TextsField}', not both.")
                : BadRequest("Missing text", $"The body has no '{TextField}' (one review) or '{TextsField}' (a list of reviews).");
        }

        if (hasText)
        {
            var (single, problem) = ReadText(text, TextField);
            return problem is null ? (new PredictRequest([single!], IsBatch: false), null) : (null, problem);
        }

        return ValidateList(texts, options);
    }

    private static (PredictRequest?, IResult?) ValidateList(JsonElement texts, SentimentServiceOptions options)
    {
        if (texts.ValueKind != JsonValueKind.Array)
        {
            return BadRequest("Invalid request", $"'{TextsField}' must be an array of strings; got {Describe(texts)}.");
        }

        var count = texts.GetArrayLength();
        if (count == 0)
        {
            return BadRequest("Missing text", $"'{TextsField}' is empty.");
        }

        if (count > options.MaxReviewsPerRequest)
        {
            return BadRequest("Too many reviews", $"'{TextsField}' has {count} reviews; at most {options.MaxReviewsPerRequest} are accepted per request.");
        }

        var list = new string[count];
        var index = 0;
        foreach (var item in texts.EnumerateArray())
        {
            var (review, problem) = ReadText(item, $"{TextsField}[{index}]");
            if (problem is not null)
            {
                return (null, problem);
            }

            list[index++] = review!;
        }

        return (new PredictRequest(list, IsBatch: true), null);
    }

    private static (string? Text, IResult? Problem) ReadText(JsonElement element, string field)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            return (null, BadRequest("Missing text", $"'{field}' must be a string; got {Describe(element)}.").Item2);
        }

        try
        {
            return (element.GetString()!, null);
        }
        catch (InvalidOperationException e)
        {
            // A JSON escape of a lone surrogate (\ud800) has no UTF-16 string; System.Text.Json refuses it.
            return (null, BadRequest("Invalid text", $"'{field}' is not valid Unicode text: {e.Message}").Item2);
        }
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.Undefined => "nothing",
        var kind => $"a JSON {kind.ToString().ToLowerInvariant()}",
    };

    private static (PredictRequest?, IResult?) TooLarge(SentimentServiceOptions options)
        => Fail(StatusCodes.Status413PayloadTooLarge, "Request body too large", $"The body exceeds {options.MaxRequestBodyBytes} bytes.");

    private static (PredictRequest?, IResult?) BadRequest(string title, string detail)
        => Fail(StatusCodes.Status400BadRequest, title, detail);

    private static (PredictRequest?, IResult?) Fail(int status, string title, string detail)
        => (null, Results.Problem(statusCode: status, title: title, detail: detail));
}
