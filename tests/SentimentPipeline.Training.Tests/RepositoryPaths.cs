namespace SentimentPipeline.Training.Tests;

/// <summary>Paths inside the repository, found from the test binary's location.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DefaultCorpus => Path.Combine(Root, "training", "data", "default-corpus.csv");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SentimentPipeline.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No SentimentPipeline.sln above {AppContext.BaseDirectory}.");
    }
}
