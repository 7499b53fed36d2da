namespace SentimentPipeline.TorchSharpNative;

/// <summary>TorchSharp's native library could not be made loadable on this machine; the message says why and what to do.</summary>
public sealed class TorchSharpNativeLoadException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public TorchSharpNativeLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public TorchSharpNativeLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
