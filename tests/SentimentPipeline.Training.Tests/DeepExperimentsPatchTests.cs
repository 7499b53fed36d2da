namespace SentimentPipeline.Training.Tests;

/// <summary>
/// The training README's "More ensemble members" and "A frozen embedding" rows are rerun by
/// benchmarks/deep-experiments/run.sh, which applies experiments.patch to a worktree of HEAD: the patch must keep
/// applying as the training code changes.
/// </summary>
public sealed class DeepExperimentsPatchTests
{
    [Fact]
    public void ExperimentsPatch_AppliesToTheTrainingCode()
    {
        var patch = Path.Combine(RepositoryPaths.Root, "benchmarks", "deep-experiments", "experiments.patch");

        var failure = Record.Exception(() =>
            ReferenceProcess.Run("git", ["apply", "--check", "--verbose", patch], stdin: null, new Dictionary<string, string>(), RepositoryPaths.Root));

        Assert.True(failure is null, $"git apply --check {patch} failed; regenerate the patch against today's training code:\n{failure?.Message}");
    }
}
