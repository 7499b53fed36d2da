using System.Diagnostics;
using System.Security.Cryptography;
using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.TestSupport;

/// <summary>
/// A tiny model trained by the real training program (<c>train</c> then <c>export</c>) on ../shared/data/corpus.csv:
/// BiLSTM with embedding and hidden size 16, 2 epochs. Trained once per build of the training program and kept in
/// artifacts/test-models/tiny-STAMP, where STAMP hashes the program's assemblies and arguments; test processes running
/// in parallel wait on a lock file so only one trains.
/// </summary>
public static class TinyModelTrainer
{
    private static readonly string[] TrainArguments =
        ["--epochs", "2", "--patience", "2", "--embedding-size", "16", "--hidden-size", "16", "--max-length", "32",
         "--vocabulary-size", "1000", "--batch-size", "32", "--seed", "7"];

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static string CorpusPath => SharedCorpora.PathOf(SharedCorpora.Tutorial);

    /// <summary>Returns the bundle directory, training it first when this build has none. Treat it as read-only.</summary>
    public static string EnsureBundle()
    {
        var program = TrainingProgram();
        var root = Path.Combine(RepositoryPaths.Root, "artifacts", "test-models");
        Directory.CreateDirectory(root);
        var bundle = Path.Combine(root, "tiny-" + Stamp(program));
        using (AcquireLock(Path.Combine(root, "train.lock")))
        {
            if (!File.Exists(Path.Combine(bundle, ModelBundleFiles.Model)))
            {
                var work = bundle + ".partial";
                if (Directory.Exists(work))
                {
                    Directory.Delete(work, recursive: true);
                }

                Run(program, ["train", "--corpus", CorpusPath, "--output", work, .. TrainArguments]);
                Run(program, ["export", "--output", work, "--corpus", CorpusPath, "--parity-reviews", "50"]);
                Directory.Move(work, bundle);
            }
        }

        return bundle;
    }

    // Recorded at build time from the training project's own output path (see SentimentPipeline.TestSupport.csproj).
    private static string TrainingProgram() => BuildOutputs.Path(typeof(TinyModelTrainer).Assembly, "TrainingProgram");

    private static string Stamp(string program)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var directory = Path.GetDirectoryName(program)!;
        foreach (var assembly in new[] { "SentimentPipeline.Training.dll", "SentimentPipeline.TorchSharpNative.dll", "SentimentPipeline.OnnxExport.dll", "SentimentPipeline.ModelBundle.dll", "SentimentPipeline.Preprocessing.dll", "SentimentPipeline.Segmentation.dll" })
        {
            hash.AppendData(File.ReadAllBytes(Path.Combine(directory, assembly)));
        }

        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Join(' ', TrainArguments)));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static void Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"training {arguments[0]} did not finish within {Limit}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"training {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output.Result}\n{error.Result}");
        }
    }

    private static FileStream AcquireLock(string path)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < Limit)
            {
                Thread.Sleep(200);
            }
        }
    }
}
