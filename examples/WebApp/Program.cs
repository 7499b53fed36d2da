using SentimentPipeline.Prediction;
using SentimentPipeline.Service;

// A minimal ASP.NET Core app serving the pretrained model: POST /predict, GET /model, /health/live, /health/ready,
// /metrics and the web page at /. Run it with: dotnet run -- --urls http://127.0.0.1:5000
using var model = SentimentModel.LoadPretrained();

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSentimentModel(model, options => options.ModelName = "pretrained");

var app = builder.Build();
app.MapSentimentEndpoints();
app.Run();
