using SentimentPipeline.Prediction;

// review-sentiment [REVIEW…]: the pretrained model's label and positive probability for each review
// (the tutorial's two sentences when none is given), one tab-separated line each.
string[] reviews = args.Length > 0 ? args : ["商品质量相当不错,点赞", "什么破东西,简直没法使用"];

using var model = SentimentModel.LoadPretrained();
var predictions = model.BatchPredictor.Predict(reviews);
for (var i = 0; i < reviews.Length; i++)
{
    Console.WriteLine($"{predictions[i].Label}\t{predictions[i].Positive:F4}\t{reviews[i]}");
}
