namespace SentimentPipeline.Cli;

/// <summary>Process exit codes shared by all commands (1 is System.CommandLine's code for a usage error).</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    public const int Usage = 1;

    /// <summary>A dictionary, model or other input file is missing or malformed.</summary>
    public const int BadResource = 2;

    /// <summary>Reading standard input or writing standard output failed.</summary>
    public const int InputOutput = 3;

    /// <summary>The GPU was required (--gpu-strict) and cannot be used.</summary>
    public const int GpuUnavailable = 4;

    /// <summary>The command finished, but some input lines or records could not be scored (see the error objects).</summary>
    public const int PartialFailure = 5;
}
