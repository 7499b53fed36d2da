namespace SentimentPipeline.Prediction;

/// <summary>A model bundle file is missing, unreadable or malformed. The message names the file.</summary>
public class ModelBundleException : Exception
{
    /// <summary>Creates the exception; the message is prefixed with the file path.</summary>
    /// <param name="filePath">The bundle file (or directory) at fault.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ModelBundleException(string filePath, string problem, Exception? innerException = null)
        : base($"{filePath}: {problem}", innerException)
    {
        FilePath = filePath;
        Problem = problem;
    }

    /// <summary>The bundle file (or directory) at fault.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with the file, without the path.</summary>
    public string Problem { get; }
}
