// SentimentPipeline build. Run from the repository root:
//   dotnet tool restore && dotnet cake [--target=X] [--configuration=Release]
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var solution = File("./SentimentPipeline.sln");

// Jieba dictionary + HMM model from the npm registry, verified and cached in artifacts/resources.
// The same MSBuild target runs automatically before the segmenter builds; this task runs it alone.
Task("Resources")
    .Does(() =>
{
    DotNetMSBuild("./src/SentimentPipeline.Segmentation/SentimentPipeline.Segmentation.csproj",
        new DotNetMSBuildSettings().WithTarget("JiebaResources"));
});

Task("Build")
    .IsDependentOn("Resources")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        Loggers = { "console;verbosity=normal" },
    });
});

Task("Default")
    .IsDependentOn("Build");

RunTarget(target);
