namespace SentimentPipeline.TestSupport;

/// <summary>Locates the repository and its neighbours from a test's output directory.</summary>
public static class RepositoryPaths
{
    /// <summary>The directory holding SentimentPipeline.sln.</summary>
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "SentimentPipeline.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No SentimentPipeline.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>training/data/default-corpus.csv: the built-in corpus of the training program.</summary>
    public static string DefaultCorpus => Path.Combine(Root, "training", "data", "default-corpus.csv");

    /// <summary>tests/node: the npm project of the other runtimes (onnxruntime-node for ONNX parity, jieba-rs as a speed anchor).</summary>
    public static string NodeProject => Path.Combine(Root, "tests", "node");

    /// <summary>The shared review corpora beside the repository (<c>../shared/data</c>).</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
}
