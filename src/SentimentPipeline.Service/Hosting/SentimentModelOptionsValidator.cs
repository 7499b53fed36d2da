using Microsoft.Extensions.Options;

namespace SentimentPipeline.Service.Hosting;

/// <summary>Runs <see cref="SentimentModelOptions"/>' own checks when the host starts and whenever the options are read, listing every bad value at once.</summary>
internal sealed class SentimentModelOptionsValidator(bool modelGiven) : IValidateOptions<SentimentModelOptions>
{
    public ValidateOptionsResult Validate(string? name, SentimentModelOptions options)
    {
        var problems = options.FindProblems(requireModelDirectory: !modelGiven);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
