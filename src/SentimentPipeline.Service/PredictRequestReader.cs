using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace SentimentPipeline.Service;

/// <summary>
/// Reads and validates a <c>POST /predict</c> body. Every rejection is a problem response that names the field:
/// 415 for a non-JSON content type or a compressed body, 413 for an oversized body, 400 for malformed JSON or a
/// broken HTTP body (bad chunking, fewer bytes than announced), 408 for a body that arrives too slowly, 400 for a
/// missing or non-string <c>text</c>, a review that is too long, or too many reviews. Protocol errors are the
/// client's fault: they are logged in one line, without a stack trace.
/// </summary>
internal static partial class PredictRequestReader
{
    public const string TextField = "text";
    public const string TextsField = "texts";
    public const string ExplainField = "explain";

    public static async Task<(PredictRequest? Request, IResult? Problem)> ReadAsync(
        HttpRequest request, SentimentModelOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return Fail(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                $"Send the review as JSON with Content-Type: application/json (got '{request.ContentType ?? "none"}').");
        }

        var encoding = request.Headers[HeaderNames.ContentEncoding].ToString();
        if (encoding.Length > 0 && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(StatusCodes.Status415UnsupportedMediaType, "Encoding unsupported",
                $"The body must be sent uncompressed; Content-Encoding '{encoding}' is not supported.");
        }

        if (request.ContentLength > options.MaxRequestBodyBytes)
        {
            return TooLarge(options);
        }

        JsonDocument document;
        try
        {
            var body = await RequestBody.ReadAsync(request, options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
            if (body is not { } bytes)
            {
                return TooLarge(options);
            }

            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            return Fail(StatusCodes.Status400BadRequest, "Malformed JSON", e.Message);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(options);
        }
        catch (BadHttpRequestException e)
        {
            LogProtocolError(logger, e.StatusCode, e.Message);
            return e.StatusCode == StatusCodes.Status408RequestTimeout
                ? Fail(StatusCodes.Status408RequestTimeout, "Request body too slow", e.Message)
                : Fail(StatusCodes.Status400BadRequest, "Malformed request body", e.Message);
        }

        using (document)
        {
            return Validate(document.RootElement, options);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected a request body: {Status} {Reason}")]
    private static partial void LogProtocolError(ILogger logger, int status, string reason);

    private static (PredictRequest?, IResult?) Validate(JsonElement root, SentimentModelOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return BadRequest("Invalid request", $"The body must be a JSON object with '{TextField}' (one review) or '{TextsField}' (a list); got a JSON {root.ValueKind.ToString().ToLowerInvariant()}.");
        }

        var explain = false;
        if (root.TryGetProperty(ExplainField, out var explainElement))
        {
            if (explainElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return BadRequest("Invalid request", $"'{ExplainField}' must be true or false; got {Describe(explainElement)}.");
            }

            explain = explainElement.GetBoolean();
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
            var (single, problem) = ReadText(text, TextField, options);
            return problem is null ? (new PredictRequest([single!], IsBatch: false, explain), null) : (null, problem);
        }

        return ValidateList(texts, explain, options);
    }

    private static (PredictRequest?, IResult?) ValidateList(JsonElement texts, bool explain, SentimentModelOptions options)
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
            var (review, problem) = ReadText(item, $"{TextsField}[{index}]", options);
            if (problem is not null)
            {
                return (null, problem);
            }

            list[index++] = review!;
        }

        return (new PredictRequest(list, IsBatch: true, explain), null);
    }

    private static (string? Text, IResult? Problem) ReadText(JsonElement element, string field, SentimentModelOptions options)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            return (null, BadRequest("Missing text", $"'{field}' must be a string; got {Describe(element)}.").Item2);
        }

        string text;
        try
        {
            text = element.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            // A JSON escape of a lone surrogate (\ud800) has no UTF-16 string; System.Text.Json refuses it.
            return (null, BadRequest("Invalid text", $"'{field}' is not valid Unicode text: {e.Message}").Item2);
        }

        return text.Length <= options.MaxReviewCharacters
            ? (text, null)
            : (null, BadRequest("Review too long", $"'{field}' has {text.Length} characters; at most {options.MaxReviewCharacters} are accepted per review.").Item2);
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.Undefined => "nothing",
        var kind => $"a JSON {kind.ToString().ToLowerInvariant()}",
    };

    private static (PredictRequest?, IResult?) TooLarge(SentimentModelOptions options)
        => Fail(StatusCodes.Status413PayloadTooLarge, "Request body too large", $"The body exceeds {options.MaxRequestBodyBytes} bytes.");

    private static (PredictRequest?, IResult?) BadRequest(string title, string detail)
        => Fail(StatusCodes.Status400BadRequest, title, detail);

    private static (PredictRequest?, IResult?) Fail(int status, string title, string detail)
        => (null, Results.Problem(statusCode: status, title: title, detail: detail));
}
