using SentimentPipeline.Training;

// Until the training command lands this program only verifies that TorchSharp's native backend loads here.
TorchSharpNativeLoader.EnsureLoaded();
Console.WriteLine(TorchSharpNativeLoader.Status);
