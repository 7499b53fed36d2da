namespace SentimentPipeline.ModelBundle;

/// <summary>
/// The process exit codes of both programs, the <c>sentiment</c> CLI and the training program: each number has one
/// meaning in both (README "Exit codes"). 1 is System.CommandLine's own code for a command line it cannot parse.
/// </summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>Usage error: an unknown option, a missing or bad option value.</summary>
    public const int Usage = 1;

    /// <summary>An input file (corpus, dictionary, model bundle, review file) is missing or malformed; the message names it.</summary>
    public const int InvalidInput = 2;

    /// <summary>Reading standard input, writing standard output or listening on an address failed.</summary>
    public const int InputOutput = 3;

    /// <summary>The GPU was required (--gpu-strict) and cannot be used.</summary>
    public const int GpuUnavailable = 4;

    /// <summary>The command finished, but some input lines or records could not be scored (see the error objects).</summary>
    public const int PartialFailure = 5;

    /// <summary>TorchSharp's native library cannot be loaded (training program).</summary>
    public const int NativeLibraryUnavailable = 6;

    /// <summary>A training checkpoint is missing, corrupt or does not match the corpus (training program's <c>export</c>).</summary>
    public const int InvalidCheckpoint = 7;

    /// <summary>The exported ONNX model does not reproduce TorchSharp; nothing was written (training program's <c>export</c>).</summary>
    public const int ParityFailure = 8;
}
