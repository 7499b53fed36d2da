using System.Text;
using SentimentPipeline.Preprocessing.Corpus;

namespace SentimentPipeline.Preprocessing.Tests;

public sealed class CorpusReaderTests
{
    [Fact]
    public void Read_EvaluationLabelFormat_MapsChineseLabels()
    {
        var corpus = CsvText.Read("evaluation,label\n屏大，速度快,正面\n物流太慢,负面\n");

        Assert.Same(CorpusFormat.EvaluationLabel, corpus.Format);
        Assert.Equal([("屏大，速度快", 1, 2), ("物流太慢", 0, 3)], corpus.Reviews.Select(r => (r.Text, r.Label, r.Line)));
        Assert.All(corpus.Reviews, r => Assert.Null(r.Category));
    }

    [Fact]
    public void Read_LabelReviewFormat_MapsDigits()
    {
        var corpus = CsvText.Read("label,review\r\n1,好\r\n0,差\r\n");

        Assert.Same(CorpusFormat.LabelReview, corpus.Format);
        Assert.Equal([("好", 1), ("差", 0)], corpus.Reviews.Select(r => (r.Text, r.Label)));
    }

    [Fact]
    public void Read_CategoryLabelReviewFormat_KeepsCategory()
    {
        var corpus = CsvText.Read("cat,label,review\n书籍,1,好书\n酒店,0,很吵");

        Assert.Same(CorpusFormat.CategoryLabelReview, corpus.Format);
        Assert.Equal([("好书", 1, "书籍"), ("很吵", 0, "酒店")], corpus.Reviews.Select(r => (r.Text, r.Label, r.Category)));
    }

    [Fact]
    public void Read_QuotedFieldWithCommasQuotesAndNewlines_UnquotesPerRfc4180()
    {
        var corpus = CsvText.Read("label,review\n1,\"好,很好\"\"真的\"\"\n第二行\"\n0,next\n");

        Assert.Equal("好,很好\"真的\"\n第二行", corpus.Reviews[0].Text);
        Assert.Equal(2, corpus.Reviews[0].Line);
        Assert.Equal(4, corpus.Reviews[1].Line);
    }

    [Fact]
    public void Read_Utf8Bom_IsStrippedFromHeader()
    {
        var corpus = CsvText.Read("evaluation,label\n好,正面\n", bom: true);

        Assert.Same(CorpusFormat.EvaluationLabel, corpus.Format);
        Assert.Single(corpus.Reviews);
    }

    [Fact]
    public void Read_StrayBomInsideText_KeepsTextVerbatim()
    {
        var corpus = CsvText.Read("label,review\n1,\uFEFF做父母\n");

        Assert.Equal("\uFEFF做父母", corpus.Reviews[0].Text);
    }

    [Fact]
    public void Read_TextOnlyBomAndSpaces_IsEmptyText()
    {
        var error = Assert.Throws<CorpusFormatException>(() => CsvText.Read("label,review\n1,\uFEFF  \n"));

        Assert.Equal(CorpusProblemKind.EmptyText, error.Problem.Kind);
    }

    [Fact]
    public void Read_EmptyText_ThrowsNamingFileLineAndField()
    {
        var error = Assert.Throws<CorpusFormatException>(() => CsvText.Read("cat,label,review\n书籍,1,好\n书籍,0,\n"));

        Assert.Equal((3, "review", CorpusProblemKind.EmptyText), (error.Line, error.Field, error.Problem.Kind));
        Assert.StartsWith("test.csv, line 3, field 'review':", error.Message);
    }

    [Fact]
    public void Read_UnknownLabel_ThrowsWithValue()
    {
        var error = Assert.Throws<CorpusFormatException>(() => CsvText.Read("evaluation,label\n好,中性\n"));

        Assert.Equal((2, "label", CorpusProblemKind.UnknownLabel), (error.Line, error.Field, error.Problem.Kind));
        Assert.Contains("'中性'", error.Message);
    }

    [Fact]
    public void Read_WrongColumnCount_Throws()
    {
        var error = Assert.Throws<CorpusFormatException>(() => CsvText.Read("label,review\n1,好,多余\n"));

        Assert.Equal((2, CorpusProblemKind.WrongColumnCount), (error.Line, error.Problem.Kind));
    }

    [Fact]
    public void Read_QuoteInsideUnquotedField_ThrowsBrokenQuote()
    {
        var error = Assert.Throws<CorpusFormatException>(() => CsvText.Read("label,review\n1,好\"书\n"));

        Assert.Equal((2, "review", CorpusProblemKind.BrokenQuote), (error.Line, error.Field, error.Problem.Kind));
    }

    [Fact]
    public void Read_CharacterAfterClosingQuote_ThrowsBrokenQuote()
    {
        var error = Assert.Throws<CorpusFormatException>(() => CsvText.Read("label,review\n1,\"好\"书\n"));

        Assert.Equal(CorpusProblemKind.BrokenQuote, error.Problem.Kind);
    }

    [Fact]
    public void Read_UnterminatedQuoteWithSkip_ResumesOnNextLine()
    {
        var corpus = CsvText.Read("label,review\n1,\"好\n0,差\n", new CorpusReadOptions(SkipInvalidRows: true));

        Assert.Equal([("差", 3)], corpus.Reviews.Select(r => (r.Text, r.Line)));
        var problem = Assert.Single(corpus.SkippedRows);
        Assert.Equal((2, CorpusProblemKind.BrokenQuote), (problem.Line, problem.Kind));
    }

    [Fact]
    public void Read_SkipInvalidRows_CountsEachReason()
    {
        const string csv = "label,review\n1,好\n0,\n2,怪\n1,a,b\n1,x\"y\n0,差\n";

        var corpus = CsvText.Read(csv, new CorpusReadOptions(SkipInvalidRows: true));

        Assert.Equal(["好", "差"], corpus.Reviews.Select(r => r.Text));
        Assert.Equal([3, 4, 5, 6], corpus.SkippedRows.Select(p => p.Line));
        Assert.Equal(1, corpus.SkippedByKind[CorpusProblemKind.EmptyText]);
        Assert.Equal(1, corpus.SkippedByKind[CorpusProblemKind.UnknownLabel]);
        Assert.Equal(1, corpus.SkippedByKind[CorpusProblemKind.WrongColumnCount]);
        Assert.Equal(1, corpus.SkippedByKind[CorpusProblemKind.BrokenQuote]);
    }

    [Fact]
    public void Read_BlankLines_AreCountedNotRows()
    {
        var corpus = CsvText.Read("label,review\n1,好\n\n\r\n0,差\n");

        Assert.Equal(2, corpus.Reviews.Count);
        Assert.Equal(2, corpus.BlankLines);
    }

    [Fact]
    public void Read_CustomFormat_UsesGivenColumnsAndLabels()
    {
        var format = new CorpusFormat("custom", "text", "sentiment", null, ["pos"], ["neg"]);

        var corpus = CsvText.Read("id,text,sentiment\n7,好,pos\n8,差, neg \n", new CorpusReadOptions(format));

        Assert.Equal([1, 0], corpus.Reviews.Select(r => r.Label));
    }

    [Fact]
    public void Read_UnknownHeader_ThrowsMissingColumn()
    {
        var error = Assert.Throws<CorpusFormatException>(() => CsvText.Read("a,b\n1,2\n"));

        Assert.Equal((1, CorpusProblemKind.MissingColumn), (error.Line, error.Problem.Kind));
    }

    [Fact]
    public void Read_FormatColumnAbsent_ThrowsNamingColumn()
    {
        var error = Assert.Throws<CorpusFormatException>(() => CsvText.Read("label,text\n1,x\n", new CorpusReadOptions(CorpusFormat.LabelReview)));

        Assert.Equal("review", error.Field);
    }

    [Fact]
    public void Read_EmptyFile_ThrowsInvalidFile()
    {
        var error = Assert.Throws<CorpusFormatException>(() => CsvText.Read(string.Empty));

        Assert.Equal(CorpusProblemKind.InvalidFile, error.Problem.Kind);
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsWithLineAndByte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("label,review\n1,好\n0,"), 0xC3, 0x28, (byte)'\n'];

        var error = Assert.Throws<CorpusFormatException>(() => CsvText.Read(bytes));

        Assert.Equal((3, CorpusProblemKind.InvalidUtf8), (error.Line, error.Problem.Kind));
        Assert.Equal("not valid UTF-8 (invalid bytes at byte 21 of the file)", error.Problem.Message);
    }

    [Fact]
    public void Read_InvalidUtf8RowsSkipped_OnlyThoseRowsSkippedAndCounted()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("label,review\n1,好\n0,\"坏"), 0xFF, .. Encoding.UTF8.GetBytes("\n了\"\n"), (byte)'1', (byte)',', 0xE5, 0xA5, .. Encoding.UTF8.GetBytes("\n0,差\n")];

        var corpus = CsvText.Read(bytes, new CorpusReadOptions(SkipInvalidRows: true));

        Assert.Equal(["好", "差"], corpus.Reviews.Select(r => r.Text));
        Assert.Equal([(3, CorpusProblemKind.InvalidUtf8), (5, CorpusProblemKind.InvalidUtf8)], corpus.SkippedRows.Select(p => (p.Line, p.Kind)));
        Assert.Equal(2, corpus.SkippedByKind[CorpusProblemKind.InvalidUtf8]);
        Assert.Equal(6, corpus.Reviews[1].Line);
    }

    [Fact]
    public void Read_InvalidUtf8InHeader_ThrowsInvalidFile()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("label,rev"), 0xFF, .. Encoding.UTF8.GetBytes("iew\n1,好\n")];

        var error = Assert.Throws<CorpusFormatException>(() => CsvText.Read(bytes, new CorpusReadOptions(SkipInvalidRows: true)));

        Assert.Equal((1, CorpusProblemKind.InvalidFile), (error.Line, error.Problem.Kind));
        Assert.Contains("at byte 9", error.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmojiAndSupplementaryCharacters_Preserved()
    {
        var corpus = CsvText.Read("label,review\n1,好评👍𠀀\n");

        Assert.Equal("好评👍𠀀", corpus.Reviews[0].Text);
    }

    [Fact]
    public void Read_HugeQuotedField_ReadWhole()
    {
        var huge = string.Concat(Enumerable.Repeat("很好,\"棒\"\n", 50_000));
        var csv = $"label,review\n1,\"{huge.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n0,差\n";

        var corpus = CsvText.Read(csv);

        Assert.Equal(huge, corpus.Reviews[0].Text);
        Assert.Equal(50_000 + 2 + 1, corpus.Reviews[1].Line);
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => CorpusReader.Read(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".csv")));
    }

    [Fact]
    public void Read_TrailingCommaAtEndOfFile_IsEmptyLastField()
    {
        var error = Assert.Throws<CorpusFormatException>(() => CsvText.Read("review,label\n好,"));

        Assert.Equal((2, "label", CorpusProblemKind.UnknownLabel), (error.Line, error.Field, error.Problem.Kind));
    }
}
