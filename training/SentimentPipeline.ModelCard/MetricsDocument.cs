using System.Text.Json;

namespace SentimentPipeline.ModelCard;

/// <summary>Reads a training run's metrics.json by path, naming the file and the missing key when something is absent.</summary>
public sealed class MetricsDocument
{
    private readonly string _path;

    private MetricsDocument(string path, JsonElement root)
    {
        _path = path;
        Root = root;
    }

    /// <summary>The document's root object.</summary>
    public JsonElement Root { get; }

    /// <summary>Parses metrics.json.</summary>
    /// <exception cref="InvalidDataException">The file is not JSON; the message names it.</exception>
    public static MetricsDocument Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return new MetricsDocument(path, document.RootElement.Clone());
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>The element at <paramref name="keys"/>.</summary>
    /// <exception cref="InvalidDataException">A key is missing.</exception>
    public JsonElement Get(params string[] keys)
        => TryGet(out var element, keys) ? element : throw new InvalidDataException($"{_path} lacks {string.Join('.', keys)}.");

    /// <summary>The element at <paramref name="keys"/>, if present and not null.</summary>
    public bool TryGet(out JsonElement element, params string[] keys)
    {
        element = Root;
        foreach (var key in keys)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(key, out element) || element.ValueKind == JsonValueKind.Null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number at <paramref name="keys"/>.</summary>
    public double Number(params string[] keys) => Get(keys).GetDouble();

    /// <summary>The integer at <paramref name="keys"/>.</summary>
    public int Integer(params string[] keys) => Get(keys).GetInt32();

    /// <summary>The text (or, for other values, the JSON) at <paramref name="keys"/>.</summary>
    public string Text(params string[] keys)
    {
        var element = Get(keys);
        return element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
    }
}
