using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.Prediction.Bundle;

/// <summary>Finds a bundle file and refuses anything but a regular file before it is opened (a FIFO would block the open).</summary>
internal static class BundleFile
{
    public static string Require(string directory, string name, string missingProblem = "required model bundle file is missing")
    {
        var path = Path.Combine(directory, name);
        var kind = FileKinds.Of(path);
        return kind switch
        {
            FileKind.Regular or FileKind.Unknown => path,
            FileKind.Missing => throw new ModelBundleException(path, missingProblem),
            _ => throw new ModelBundleException(path, FileKinds.ProblemAsInputFile(path) ?? $"is a {kind}, not a regular file"),
        };
    }
}
