namespace SentimentPipeline.Prediction;

/// <summary>The GPU was requested strictly (<see cref="PredictionOptions.FallbackToCpu"/> off) and cannot be used.</summary>
public sealed class GpuUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is missing.</param>
    /// <param name="innerException">The ONNX Runtime error, if any.</param>
    public GpuUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
