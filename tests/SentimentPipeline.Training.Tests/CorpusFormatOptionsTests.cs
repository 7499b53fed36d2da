using SentimentPipeline.Preprocessing.Corpus;
using SentimentPipeline.Training.Cli;

namespace SentimentPipeline.Training.Tests;

public sealed class CorpusFormatOptionsTests
{
    [Fact]
    public void Resolve_NothingGiven_IsNullForDetection()
    {
        Assert.Null(CorpusFormatOptions.Resolve(null, null, null, null, null, null));
    }

    [Fact]
    public void Resolve_PresetName_IsThePreset()
    {
        Assert.Same(CorpusFormat.CategoryLabelReview, CorpusFormatOptions.Resolve("cat,label,review", null, null, null, null, null));
    }

    [Fact]
    public void Resolve_AllColumnsAndLabels_BuildsCustomFormat()
    {
        var format = CorpusFormatOptions.Resolve(null, "comment", "stars", "shop", "pos, 好评", "neg");

        Assert.NotNull(format);
        Assert.Equal(("comment", "stars", "shop"), (format.TextColumn, format.LabelColumn, format.CategoryColumn));
        Assert.Equal(["pos", "好评"], format.PositiveLabels);
        Assert.Equal(1, format.MapLabel("好评"));
    }

    [Fact]
    public void Resolve_PresetWithOverride_KeepsTheRest()
    {
        var format = CorpusFormatOptions.Resolve("evaluation,label", "text", null, null, null, null);

        Assert.NotNull(format);
        Assert.Equal(("text", "label"), (format.TextColumn, format.LabelColumn));
        Assert.Equal(["正面"], format.PositiveLabels);
    }

    [Fact]
    public void Resolve_ColumnsWithoutLabels_ThrowsNamingOption()
    {
        var error = Assert.Throws<ArgumentException>(() => CorpusFormatOptions.Resolve(null, "comment", "stars", null, null, null));

        Assert.Contains("--positive-labels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnknownPreset_Throws()
    {
        Assert.Throws<ArgumentException>(() => CorpusFormatOptions.Resolve("a,b", null, null, null, null, null));
    }
}
