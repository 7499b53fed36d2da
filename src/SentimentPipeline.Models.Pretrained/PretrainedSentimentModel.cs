using SentimentPipeline.Models.Pretrained;

namespace SentimentPipeline.Prediction;

/// <summary>
/// <c>SentimentModel.LoadPretrained()</c>: the model of the SentimentPipeline.Models.Pretrained package, loaded without
/// any file path. In the <c>SentimentPipeline.Prediction</c> namespace, so that the <c>using</c> that brings
/// <see cref="SentimentModel"/> brings this too.
/// </summary>
public static class PretrainedSentimentModel
{
    extension(SentimentModel)
    {
        /// <summary>
        /// Loads the pretrained model embedded in the SentimentPipeline.Models.Pretrained package (see its model card),
        /// extracting it to <see cref="PretrainedModel.DefaultCacheDirectory"/> on first use.
        /// </summary>
        /// <param name="options">Execution options; <see langword="null"/> means CPU and defaults.</param>
        /// <exception cref="ModelBundleMismatchException">The model does not match this build's preprocessing.</exception>
        /// <exception cref="GpuUnavailableException">The GPU was requested strictly and cannot be used.</exception>
        /// <exception cref="IOException">The cache folder cannot be written.</exception>
        public static SentimentModel LoadPretrained(PredictionOptions? options = null)
            => SentimentModel.Load(PretrainedModel.ExtractBundle(), options);
    }
}
