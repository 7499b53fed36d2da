using System.Text.Json;
using static SentimentPipeline.ModelCard.Markdown;

namespace SentimentPipeline.ModelCard;

/// <summary>The card's sections that come straight from metrics.json, plus the measured limitations.</summary>
internal static class ModelCardSections
{
    public static void Data(Markdown card, MetricsDocument metrics)
    {
        var corpusFile = metrics.Text("corpus", "path").Split('/', '\\')[^1];
        var skipped = metrics.TryGet(out var reasons, "corpus", "skippedRows") && reasons.ValueKind == JsonValueKind.Object
            ? reasons.EnumerateObject().Select(r => $"{r.Name}: {Count(r.Value.GetInt64())}").ToList()
            : [];
        var read = metrics.Integer("corpus", "reviews");
        card.Heading("Training data")
            .Table(["", ""],
            [
                ["corpus", $"`{corpusFile}`: {KnownCorpus.Describe(metrics.Text("corpus", "sha256"))}"],
                ["SHA-256", $"`{metrics.Text("corpus", "sha256")}`"],
                ["reviews used", $"{Count(read)} ({Count(metrics.Integer("corpus", "positive"))} positive, {Count(read - metrics.Integer("corpus", "positive"))} negative)"],
                ["rows skipped", skipped.Count == 0 ? "none" : string.Join(", ", skipped)],
                ["split (stratified by label, and by category where the corpus has one; seeded)",
                    $"train {Count(metrics.Integer("corpus", "train"))} · validation {Count(metrics.Integer("corpus", "validation"))} · test {Count(metrics.Integer("corpus", "test"))}"],
                ["test texts also in the training split", Count(metrics.Integer("corpus", "testTextsAlsoInTrain"))],
            ]);
    }

    // The wide n-gram path, when the model has one (metrics of older models have no such keys).
    public static bool HasWidePath(MetricsDocument metrics) =>
        metrics.TryGet(out var tokens, "model", "wideTokenFeatures") && metrics.TryGet(out var characters, "model", "wideCharFeatures") && tokens.GetInt32() + characters.GetInt32() > 0;

    private static string WidePath(MetricsDocument metrics) =>
        HasWidePath(metrics) && metrics.TryGet(out var tokens, "model", "wideTokenFeatures") && metrics.TryGet(out var characters, "model", "wideCharFeatures")
            ? $", plus a wide path (logistic regression on binary TF-IDF of {Count(tokens.GetInt32())} token 1–2-grams and {Count(characters.GetInt32())} character 1–3-grams, computed in the graph from the same ids: n-gram keys looked up with ONNX's LabelEncoder), the two logits mixed by weights fitted on validation"
            : "";

    // Bundles from before skip-gram pretraining have no such field: they were not pretrained.
    private static string SkipGram(MetricsDocument metrics) =>
        metrics.TryGet(out var epochs, "training", "skipGramEpochs") && epochs.GetInt32() > 0
            ? $"{epochs.GetInt32()} epochs of word2vec skip-gram (negative sampling) on the training split's own tokens, before the labels"
            : "none";

    public static void Model(Markdown card, MetricsDocument metrics, long modelBytes)
    {
        card.Heading("Model")
            .Table(["", ""],
            [
                ["network", $"embedding (PAD row zero) → {ModelCardWriter.Architecture(metrics)} over each review's real length → dropout {metrics.Number("model", "dropout")} → linear{WidePath(metrics)} → softmax over (negative, positive)"],
                ["embedding pretraining", SkipGram(metrics)],
                ["vocabulary", $"{Count(metrics.Integer("model", "vocabularySize"))} ids (PAD 0, UNK 1), the most frequent tokens (and characters) of the training split; the first {metrics.Integer("preprocessing", "maxLength")} tokens of a review are kept"],
                ["preprocessing", $"`{metrics.Text("preprocessing", "version")}`"],
                ["segmenter dictionary SHA-256", $"`{metrics.Text("preprocessing", "dictionarySha256")}`"],
                ["test tokens unknown / reviews truncated", $"{ModelCardWriter.Rate(metrics, "preprocessing", "testUnknownTokenShare")} / {ModelCardWriter.Rate(metrics, "preprocessing", "truncatedShare")}"],
                ["kept epoch", $"{metrics.Integer("training", "bestEpoch")} of {metrics.Integer("training", "epochsRun")} (best validation accuracy, ties: lower loss)"],
                ["model.onnx", $"{Count(modelBytes)} bytes, ONNX opset 17, inputs `token_ids` int64 [batch, sequence], `lengths` int32 [batch] and `char_ids` int64 [batch, characters], output `probabilities` float [batch, 2]"],
            ]);
    }

    public static void TestMetrics(Markdown card, MetricsDocument metrics)
    {
        string[] names = ["accuracy", "precision", "recall", "f1", "rocAuc"];
        card.Heading("Test metrics")
            .Line($"On the held-out test split ({Count(metrics.Integer("test", "count"))} reviews, used neither for training nor for choosing the epoch), beside the")
            .Line($"baseline trained in the same run on the same split: {metrics.Text("baseline", "description")}.")
            .Line()
            .Table(["", "this model", "baseline"], names.Select(n => (IReadOnlyList<string>)[n == "rocAuc" ? "ROC-AUC" : n == "f1" ? "F1" : n,
                ModelCardWriter.Rate(metrics, "test", n), ModelCardWriter.Rate(metrics, "baseline", "test", n)]));
        var matrix = metrics.Get("test", "confusionMatrix");
        card.Line().Line($"Confusion matrix: {Count(matrix.GetProperty("truePositives").GetInt64())} true positives, {Count(matrix.GetProperty("trueNegatives").GetInt64())} true negatives, " +
                         $"{Count(matrix.GetProperty("falsePositives").GetInt64())} false positives, {Count(matrix.GetProperty("falseNegatives").GetInt64())} false negatives.");
        if (metrics.TryGet(out var categories, "test", "perCategory") && categories.EnumerateObject().Any())
        {
            card.Line().Line("Per category (test split):").Line()
                .Table(["category", "reviews", "accuracy", "baseline accuracy"], categories.EnumerateObject().Select(c => (IReadOnlyList<string>)
                [
                    c.Name, Count(c.Value.GetProperty("count").GetInt64()), Rate(c.Value.GetProperty("accuracy").GetDouble()),
                    metrics.TryGet(out var b, "baseline", "test", "perCategory", c.Name) ? Rate(b.GetProperty("accuracy").GetDouble()) : "",
                ]));
        }

        if (metrics.TryGet(out var probes, "probes") && probes.GetArrayLength() > 0)
        {
            card.Line().Line("Probe sentences of the training report:").Line()
                .Table(["sentence", "expected", "predicted", "positive probability"], probes.EnumerateArray().Select(p => (IReadOnlyList<string>)
                [
                    p.GetProperty("text").GetString()!, p.GetProperty("expected").GetString()!, p.GetProperty("predicted").GetString()!,
                    Rate(p.GetProperty("positiveProbability").GetDouble()),
                ]));
        }
    }

    public static void Limitations(Markdown card, MetricsDocument metrics, LimitationResults results)
    {
        card.Heading("What it is not good at")
            .Line("It was trained on reviews of products and services only, with two labels. Measured on sentences written for this project")
            .Line("([`limitations.json`](../../training/SentimentPipeline.ModelCard/limitations.json), none from a corpus):")
            .Line()
            .Table(["kind of text", "sentences", "what the model does"],
            [
                ["**domain shift**: opinions about daily life, news, sport, films", Count(results.DomainShift.Count),
                    $"accuracy {Rate(results.DomainShift.Accuracy)} (test split: {ModelCardWriter.Rate(metrics, "test", "accuracy")})"],
                ["**sarcasm**: praise words meant as a complaint", Count(results.Sarcasm.Count),
                    $"{Count(results.Sarcasm.Correct)} judged negative (accuracy {Rate(results.Sarcasm.Accuracy)})"],
                ["**neutral** statements of fact", Count(results.Neutral.Count), Unlabeled(results.Neutral)],
                ["**mixed** reviews: one good point, one bad", Count(results.Mixed.Count), Unlabeled(results.Mixed)],
            ])
            .Line()
            .Line("A binary model has no answer for neutral or mixed text: it picks a side, and its probability is no measure of how mixed a review is.")
            .Line($"Reviews longer than {metrics.Integer("preprocessing", "maxLength")} tokens are judged on their beginning only; words outside the vocabulary (other")
            .Line("languages, emoji, new product names) count as unknown.");
    }

    public static void Reproduce(Markdown card, MetricsDocument metrics, string command)
    {
        card.Heading("Reproduce")
            .Code("sh", command)
            .Line()
            .Line($"Seed {metrics.Integer("training", "options", "seed")} (split, shuffling, initialisation, dropout), one torch thread, " +
                  $"{metrics.Integer("training", "options", "epochs")} epochs at most with patience {metrics.Integer("training", "options", "patience")}, " +
                  $"batch {metrics.Integer("training", "options", "batchSize")}, learning rate {metrics.Number("training", "options", "learningRate")}.")
            .Line("On CPU a retrained model has the same bytes: `dotnet cake --target=Reproducibility` trains twice on the built-in corpus and compares")
            .Line($"the two `model.onnx` files. This run took {Count((long)Math.Round(metrics.Number("training", "seconds")))} s of training.");
    }

    private static string Unlabeled(UnlabeledScore score)
        => $"{Count(score.Positive)} positive, {Count(score.Count - score.Positive)} negative; mean probability of the chosen label {Rate(score.MeanConfidence)}, " +
           $"{Count(score.Confident)} of {Count(score.Count)} at {LimitationEvaluator.ConfidentProbability} or more";
}
