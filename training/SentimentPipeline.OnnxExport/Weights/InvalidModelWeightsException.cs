namespace SentimentPipeline.OnnxExport.Weights;

/// <summary>
/// Thrown when the weights handed to the exporter do not form a consistent model; the message names the
/// parameter (e.g. <c>lstm.weight_hh_l1_reverse</c>), the shape found and the shape expected.
/// </summary>
public sealed class InvalidModelWeightsException : Exception
{
    /// <summary>Creates the exception for a parameter.</summary>
    /// <param name="parameterName">The parameter at fault, named as in the trained model.</param>
    /// <param name="message">What is wrong with it.</param>
    public InvalidModelWeightsException(string parameterName, string message)
        : base($"{parameterName}: {message}")
    {
        ParameterName = parameterName;
    }

    /// <summary>The parameter at fault, named as in the trained model.</summary>
    public string ParameterName { get; }
}
