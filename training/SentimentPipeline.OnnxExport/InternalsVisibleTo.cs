[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("SentimentPipeline.OnnxExport.Tests")]
