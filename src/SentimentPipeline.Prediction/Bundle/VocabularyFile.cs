using SentimentPipeline.Preprocessing;

namespace SentimentPipeline.Prediction.Bundle;

/// <summary>Reads vocabulary.json, turning every read or format error into a <see cref="ModelBundleException"/> naming the file.</summary>
internal static class VocabularyFile
{
    public static Vocabulary Read(string path)
    {
        try
        {
            return Vocabulary.Load(path);
        }
        catch (InvalidDataException e)
        {
            // The message already starts with the path; keep only the problem.
            var problem = e.Message.StartsWith(path + ": ", StringComparison.Ordinal) ? e.Message[(path.Length + 2)..] : e.Message;
            throw new ModelBundleException(path, problem, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelBundleException(path, $"cannot read the vocabulary ({e.Message})", e);
        }
    }
}
