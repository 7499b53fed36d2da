using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
using SentimentPipeline.Preprocessing;

namespace SentimentPipeline.Prediction.Transforms;

/// <summary>
/// Builds the custom-mapping estimators behind <see cref="SentimentTransformsCatalog"/>: schema definitions rename the
/// row types' columns to the caller's names and give the id vector its fixed size, which OnnxTransformer needs.
/// </summary>
/// <remarks>
/// The mappings carry per-model state (the vocabulary), and ML.NET re-creates a custom mapping factory on
/// <c>Model.Load</c> with a parameterless constructor from nothing but its contract name, so these transformers are
/// built without a contract name: they are not saveable, and <see cref="SentimentModel.Load"/> is the way to load.
/// </remarks>
internal static class SentimentMappingEstimators
{
    public static CustomMappingEstimator<TextRow, TokensRow> Segment(
        TransformsCatalog catalog, string outputColumnName, TextEncoder encoder, string inputColumnName)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputColumnName);
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentException.ThrowIfNullOrWhiteSpace(inputColumnName);

        var input = Renamed(SchemaDefinition.Create(typeof(TextRow), SchemaDefinition.Direction.Read), nameof(TextRow.Text), inputColumnName);
        var output = Renamed(SchemaDefinition.Create(typeof(TokensRow), SchemaDefinition.Direction.Write), nameof(TokensRow.Tokens), outputColumnName);
        return catalog.CustomMapping<TextRow, TokensRow>(new SegmentationMapping(encoder).Map, contractName: null, input, output);
    }

    public static CustomMappingEstimator<TokensRow, TokenIdsRow> Encode(
        TransformsCatalog catalog, string outputColumnName, TextEncoder encoder, string inputColumnName, string lengthColumnName)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputColumnName);
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentException.ThrowIfNullOrWhiteSpace(inputColumnName);
        ArgumentException.ThrowIfNullOrWhiteSpace(lengthColumnName);

        var input = Renamed(SchemaDefinition.Create(typeof(TokensRow), SchemaDefinition.Direction.Read), nameof(TokensRow.Tokens), inputColumnName);
        var output = SchemaDefinition.Create(typeof(TokenIdsRow), SchemaDefinition.Direction.Write);
        Rename(output, nameof(TokenIdsRow.TokenIds), outputColumnName).ColumnType = new VectorDataViewType(NumberDataViewType.Int64, encoder.MaxLength);
        Rename(output, nameof(TokenIdsRow.Lengths), lengthColumnName).ColumnType = new VectorDataViewType(NumberDataViewType.Int32, 1);
        Rename(output, nameof(TokenIdsRow.CharIds), SentimentColumnNames.CharIds).ColumnType = new VectorDataViewType(NumberDataViewType.Int64, encoder.MaxCharacters);
        return catalog.CustomMapping<TokensRow, TokenIdsRow>(new EncodingMapping(encoder).Map, contractName: null, input, output);
    }

    public static CustomMappingEstimator<ProbabilitiesRow, SentimentScoreRow> Label(
        TransformsCatalog catalog, string inputColumnName, string labelColumnName, string negativeColumnName, string positiveColumnName)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(inputColumnName);
        ArgumentException.ThrowIfNullOrWhiteSpace(labelColumnName);
        ArgumentException.ThrowIfNullOrWhiteSpace(negativeColumnName);
        ArgumentException.ThrowIfNullOrWhiteSpace(positiveColumnName);

        var input = Renamed(SchemaDefinition.Create(typeof(ProbabilitiesRow), SchemaDefinition.Direction.Read), nameof(ProbabilitiesRow.Probabilities), inputColumnName);
        var output = SchemaDefinition.Create(typeof(SentimentScoreRow), SchemaDefinition.Direction.Write);
        Rename(output, nameof(SentimentScoreRow.PredictedLabel), labelColumnName);
        Rename(output, nameof(SentimentScoreRow.NegativeProbability), negativeColumnName);
        Rename(output, nameof(SentimentScoreRow.PositiveProbability), positiveColumnName);
        return catalog.CustomMapping<ProbabilitiesRow, SentimentScoreRow>(LabelMapping.Map, contractName: null, input, output);
    }

    private static SchemaDefinition Renamed(SchemaDefinition definition, string memberName, string columnName)
    {
        Rename(definition, memberName, columnName);
        return definition;
    }

    private static SchemaDefinition.Column Rename(SchemaDefinition definition, string memberName, string columnName)
    {
        var column = definition.Single(c => c.MemberName == memberName);
        column.ColumnName = columnName;
        return column;
    }
}
