using SentimentPipeline.Service;

// The two calls an app needs: the model (options from the "Sentiment" configuration section, checked at start-up)
// and the endpoints. Run it with: dotnet run -- --Sentiment:ModelDirectory=artifacts/model
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSentimentModel(builder.Configuration.GetSection("Sentiment"));
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapSentimentEndpoints();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
