using System.Diagnostics;

namespace SentimentPipeline.Training.Tests;

/// <summary>
/// The training README's "More ensemble members" and "A frozen embedding" rows are rerun by
/// benchmarks/deep-experiments/run.sh, which applies experiments.patch to a worktree of HEAD: the patch must keep
/// applying as the training code changes.
/// </summary>
public sealed class DeepExperimentsPatchTests
{
    [Fact]
    public async Task ExperimentsPatch_AppliesToTheTrainingCode()
    {
        var patch = Path.Combine(RepositoryPaths.Root, "benchmarks", "deep-experiments", "experiments.patch");
        var start = new ProcessStartInfo("git", ["apply", "--check", "--verbose", patch])
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEndAsync();
        var error = await git.StandardError.ReadToEndAsync();
        await git.WaitForExitAsync();

        Assert.True(git.ExitCode == 0, $"git apply --check {patch} failed; regenerate the patch against today's training code:\n{error}{await output}");
    }
}
