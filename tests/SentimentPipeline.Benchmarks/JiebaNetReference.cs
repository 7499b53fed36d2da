using System.Reflection;
using JiebaNet.Segmenter;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// jieba.NET 0.42.2 (<c>JiebaNet.Segmenter</c>) set up to read the Resources folder of its NuGet package. Its
/// dictionary and HMM are process-wide singletons (<c>WordDictionary.Instance</c>, <c>Viterbi.Instance</c>), loaded
/// by the first segmenter; a fresh dictionary load is measured by calling the private constructor of
/// <c>WordDictionary</c>, which is exactly what that first use runs.
/// </summary>
public static class JiebaNetReference
{
    private static readonly ConstructorInfo DictionaryConstructor =
        typeof(WordDictionary).GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes)
        ?? throw new InvalidOperationException("jieba.NET's WordDictionary has no private parameterless constructor: not version 0.42.2?");

    /// <summary>A jieba.NET segmenter over the package's dictionary (the singletons load on first use).</summary>
    public static JiebaNet.Segmenter.JiebaSegmenter Create()
    {
        Configure();
        return new JiebaNet.Segmenter.JiebaSegmenter();
    }

    /// <summary>Loads jieba.NET's dictionary once more, as its singleton does on first use.</summary>
    public static object LoadDictionary()
    {
        Configure();
        return DictionaryConstructor.Invoke(null);
    }

    private static void Configure()
    {
        var resources = typeof(JiebaNetReference).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "JiebaNetResources").Value!;
        if (!File.Exists(Path.Combine(resources, "dict.txt")))
        {
            throw new InvalidOperationException($"jieba.NET's Resources folder {resources} has no dict.txt: restore the benchmark project.");
        }

        ConfigManager.ConfigFileBaseDir = resources;
    }
}
