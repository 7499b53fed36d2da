using System.CommandLine;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.ModelCard;
using SentimentPipeline.Prediction;

// model-card --bundle DIR [--output README.md] [--limitations FILE]: writes the model card of a bundle directory.
var bundle = new Option<DirectoryInfo>("--bundle") { Description = "The bundle directory (model.onnx, vocabulary.json, metrics.json, training-command.txt, plots).", Required = true };
var output = new Option<FileInfo?>("--output") { Description = "Where to write the card; default: README.md beside the bundle directory." };
var limitations = new Option<FileInfo>("--limitations")
{
    Description = "The sentences of the limitations section.",
    DefaultValueFactory = _ => new FileInfo(LimitationSet.DefaultPath),
};
var root = new RootCommand("Writes the pretrained model's card from its bundle's metrics.json and a measured limitations set.") { bundle, output, limitations };
root.SetAction(parse =>
{
    var directory = parse.GetValue(bundle)!.FullName;
    var target = parse.GetValue(output)?.FullName ?? Path.Combine(Path.GetDirectoryName(directory)!, "README.md");
    try
    {
        AtomicFile.WriteAllText(target, ModelCardBuilder.Build(directory, parse.GetValue(limitations)!.FullName));
        Console.WriteLine($"Wrote {target}.");
        return 0;
    }
    catch (Exception e) when (e is IOException or InvalidDataException or ModelBundleException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"model-card: {e.Message}");
        return 2;
    }
});
return root.Parse(args).Invoke();
