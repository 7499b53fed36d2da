using System.Text.Json;
using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.ModelCard;

/// <summary>
/// Sentences of the kinds the model was not trained for (limitations.json): other domains and sarcasm with the label
/// a reader would give, neutral statements and mixed reviews without one.
/// </summary>
/// <param name="DomainShift">Opinions about things other than products and services (news, daily life, sport, films).</param>
/// <param name="Sarcasm">Praise words meant as complaints.</param>
/// <param name="Neutral">Statements of fact without an opinion.</param>
/// <param name="Mixed">Reviews with one good and one bad point.</param>
public sealed record LimitationSet(
    IReadOnlyList<LabeledSentence> DomainShift,
    IReadOnlyList<LabeledSentence> Sarcasm,
    IReadOnlyList<string> Neutral,
    IReadOnlyList<string> Mixed)
{
    /// <summary>The set beside this program (copied from training/SentimentPipeline.ModelCard/limitations.json).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "limitations.json");

    /// <summary>Reads a limitations file.</summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON, lacks a list, or has an empty text or unknown label; the message names the file.</exception>
    public static LimitationSet Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        LimitationSet? set;
        try
        {
            // Missing lists or texts and nulls are errors, not empty values.
            set = JsonSerializer.Deserialize<LimitationSet>(File.ReadAllBytes(path), new JsonSerializerOptions(JsonSerializerDefaults.Web)
            {
                RespectNullableAnnotations = true,
                RespectRequiredConstructorParameters = true,
            });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }

        return set is null ? throw new InvalidDataException($"{path}: expected an object with domainShift, sarcasm, neutral and mixed.") : set.Checked(path);
    }

    private LimitationSet Checked(string path)
    {
        var lists = new (string Name, IEnumerable<string> Texts)[]
        {
            ("domainShift", DomainShift.Select(s => s.Text)), ("sarcasm", Sarcasm.Select(s => s.Text)), ("neutral", Neutral), ("mixed", Mixed),
        };
        foreach (var (name, texts) in lists)
        {
            if (!texts.Any() || texts.Any(string.IsNullOrWhiteSpace))
            {
                throw new InvalidDataException($"{path}: '{name}' must be a non-empty list without empty texts.");
            }
        }

        var badLabel = DomainShift.Concat(Sarcasm).FirstOrDefault(s => s.Expected is not (SentimentLabels.Positive or SentimentLabels.Negative));
        return badLabel is null ? this : throw new InvalidDataException(
            $"{path}: label '{badLabel.Expected}' of \"{badLabel.Text}\" is neither {SentimentLabels.Positive} nor {SentimentLabels.Negative}.");
    }
}
