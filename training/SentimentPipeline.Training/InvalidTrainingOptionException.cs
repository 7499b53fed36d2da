namespace SentimentPipeline.Training;

/// <summary>
/// A <see cref="TrainingOptions"/> value is out of range. <see cref="ArgumentException.ParamName"/> is the option's
/// property name; the message says what the option must be and what it was, without the framework's parameter suffix,
/// so a command can print it as it is.
/// </summary>
public sealed class InvalidTrainingOptionException : ArgumentException
{
    private readonly string _reason;

    /// <summary>Creates the exception for option <paramref name="optionName"/>.</summary>
    /// <param name="optionName">The <see cref="TrainingOptions"/> property at fault.</param>
    /// <param name="reason">What it must be and what it was.</param>
    public InvalidTrainingOptionException(string optionName, string reason)
        : base(reason, optionName)
    {
        _reason = reason;
    }

    /// <inheritdoc/>
    public override string Message => _reason;
}
