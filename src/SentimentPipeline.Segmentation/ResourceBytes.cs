namespace SentimentPipeline.Segmentation;

/// <summary>The bytes of a resource and the name its errors report (a file path or an embedded resource name).</summary>
internal readonly record struct ResourceBytes(byte[] Bytes, string SourceName);
