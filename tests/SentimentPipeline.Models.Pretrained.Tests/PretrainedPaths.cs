using System.Xml.Linq;

namespace SentimentPipeline.Models.Pretrained.Tests;

/// <summary>The pretrained model's project folder in the repository: its bundle and its model card.</summary>
internal static class PretrainedPaths
{
    public static string Project => Path.Combine(RepositoryPaths.Root, "src", "SentimentPipeline.Models.Pretrained");

    public static string Bundle => Path.Combine(Project, "bundle");

    public static string ModelCard => Path.Combine(Project, "README.md");

    /// <summary>The version every package gets, from build/Version.props.</summary>
    public static string RepositoryVersion => XDocument.Load(Path.Combine(RepositoryPaths.Root, "build", "Version.props"))
        .Descendants("SentimentPipelineVersion").Single().Value;

    public static string Limitations => Path.Combine(RepositoryPaths.Root, "training", "SentimentPipeline.ModelCard", "limitations.json");
}
