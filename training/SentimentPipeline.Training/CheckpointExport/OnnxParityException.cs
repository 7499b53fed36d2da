namespace SentimentPipeline.Training.CheckpointExport;

/// <summary>The exported model does not reproduce the TorchSharp model within the tolerance; it was not kept.</summary>
public sealed class OnnxParityException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OnnxParityException(string message)
        : base(message)
    {
    }
}
