// SentimentPipeline build. Run from the repository root:
//   dotnet tool restore && dotnet cake [--target=X] [--configuration=Release]
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var solution = File("./SentimentPipeline.sln");

// Python jieba's dictionary + HMM tables from the jieba.NET NuGet package, SHA-256 verified (dict.txt with LF line
// ends) into artifacts/resources/jieba. The same MSBuild target runs automatically before the segmenter builds; this
// task runs it alone (after a restore, which is what brings the package).
Task("Resources")
    .Does(() =>
{
    DotNetRestore("./src/SentimentPipeline.Segmentation/SentimentPipeline.Segmentation.csproj");
    DotNetMSBuild("./src/SentimentPipeline.Segmentation/SentimentPipeline.Segmentation.csproj",
        new DotNetMSBuildSettings().WithTarget("JiebaResources"));
});

Task("Build")
    .IsDependentOn("Resources")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

// --fast leaves out the tests tagged [Trait("Category", "Slow")] (training, npm, big property runs, corpus parity,
// packaging, browser, load, and the sentiment process runs that load the dictionary or a model, all but one per
// command, about a CPU-second each); CI (.ci/run) runs them all.
var fast = HasArgument("fast");

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        Filter = fast ? "Category!=Slow" : null,
        Loggers = { "console;verbosity=normal" },
    });
});

// Segmenter vs jieba.NET, jieba-rs (node) and Python jieba on the same reviews in one run (MB/s, ratios, dictionary
// load and memory).
// The BenchmarkDotNet suite: dotnet run --project tests/SentimentPipeline.Benchmarks -c Release -- --filter '*SegmenterThroughput*' '*DictionaryLoad*'
Task("Benchmark")
    .IsDependentOn("Resources")
    .Does(() =>
{
    DotNetRun("./tests/SentimentPipeline.Benchmarks/SentimentPipeline.Benchmarks.csproj",
        new ProcessArgumentBuilder().Append("--compare"),
        new DotNetRunSettings { Configuration = "Release" });
    DotNetRun("./tests/SentimentPipeline.Benchmarks/SentimentPipeline.Benchmarks.csproj",
        new ProcessArgumentBuilder().Append("--prediction"),
        new DotNetRunSettings { Configuration = "Release" });
});

// Training and evaluation (see README "Training"). The corpus and output folder are relative to the repository root;
// every other option is passed through to the training program only when given, e.g. --epochs=5 --hidden-size=64.
var corpus = MakeAbsolute(File(Argument("corpus", "./training/data/default-corpus.csv"))).FullPath;
// The Pretrained task trains into its own folder, so that artifacts/model (the main job's) is left alone.
var trainingOutput = MakeAbsolute(Directory(Argument("output", target == "Pretrained" ? "./artifacts/pretrained" : "./artifacts/model"))).FullPath;
// The corpus's format options, passed identically to Train and Export so that both read the corpus the same way.
var corpusFormatOptions = new[] { "format", "text-column", "label-column", "category-column", "positive-labels", "negative-labels" };
var trainingOptions = new[]
{
    "epochs", "max-steps", "patience", "batch-size", "learning-rate", "lr-decay", "weight-decay", "clip-norm", "seed",
    "max-length", "max-characters", "vocabulary-size", "min-count", "embedding-size", "hidden-size", "layers", "bidirectional",
    "dropout", "embedding-dropout", "max-pooling", "attention-pooling", "wide-features", "residual-folds", "skip-gram-pairs",
    "skip-gram-epochs", "validation-fraction", "test-fraction", "threads", "dense-size", "preset",
};

// --corpus, the corpus format options that are given, and --skip-invalid-rows when given.
ProcessArgumentBuilder AppendCorpus(ProcessArgumentBuilder arguments)
{
    arguments.Append("--corpus").AppendQuoted(corpus);
    AppendGiven(arguments, corpusFormatOptions);
    if (HasArgument("skip-invalid-rows"))
    {
        arguments.Append("--skip-invalid-rows");
    }

    return arguments;
}

ProcessArgumentBuilder AppendGiven(ProcessArgumentBuilder arguments, IEnumerable<string> names)
{
    foreach (var name in names.Where(HasArgument))
    {
        arguments.Append($"--{name}").AppendQuoted(Argument<string>(name));
    }

    return arguments;
}

Task("Train")
    .IsDependentOn("Resources")
    .Does(() =>
{
    var arguments = new ProcessArgumentBuilder()
        .Append("train")
        .Append("--output").AppendQuoted(trainingOutput);
    AppendGiven(AppendCorpus(arguments), trainingOptions);

    DotNetRun("./training/SentimentPipeline.Training/SentimentPipeline.Training.csproj", arguments,
        new DotNetRunSettings { Configuration = configuration });
});

// ONNX export of the best checkpoint (README "The ONNX model"): the training program writes model.onnx and
// vocabulary.json into the output folder only after ONNX Runtime (.NET) reproduces TorchSharp within 1e-5 on the
// corpus's first reviews; then onnxruntime-node (tests/node) is checked against the same sample.
Task("Export")
    .IsDependentOn("Train")
    .Does(() =>
{
    var arguments = new ProcessArgumentBuilder()
        .Append("export")
        .Append("--output").AppendQuoted(trainingOutput);
    AppendCorpus(arguments);

    DotNetRun("./training/SentimentPipeline.Training/SentimentPipeline.Training.csproj", arguments,
        new DotNetRunSettings { Configuration = configuration });

    var nodeProject = MakeAbsolute(Directory("./tests/node")).FullPath;
    if (!FileExists($"{nodeProject}/node_modules/onnxruntime-node/package.json"))
    {
        // --ignore-scripts: onnxruntime-node's install script fetches a CUDA build; its CPU binaries ship in the package.
        // npm ci: exactly the committed package-lock.json, which it leaves as it is.
        var install = StartProcess("npm", new ProcessSettings { Arguments = "ci --ignore-scripts --no-audit --no-fund", WorkingDirectory = nodeProject });
        if (install != 0)
        {
            throw new CakeException($"npm ci in {nodeProject} failed with exit code {install}.");
        }
    }

    var check = StartProcess("node", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().AppendQuoted($"{nodeProject}/check-parity.js").AppendQuoted(trainingOutput),
    });
    if (check != 0)
    {
        throw new CakeException($"onnxruntime-node does not reproduce TorchSharp on {trainingOutput}/onnx-parity.json (exit code {check}).");
    }
});

Task("Evaluate")
    .IsDependentOn("Export")
    .Does(() =>
{
    var metricsPath = System.IO.Path.Combine(trainingOutput, "metrics.json");
    if (!System.IO.File.Exists(metricsPath))
    {
        throw new CakeException($"{metricsPath} was not written by the training run.");
    }

    using var metrics = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(metricsPath));
    double Read(params string[] path)
    {
        var element = metrics.RootElement;
        foreach (var key in path)
        {
            if (!element.TryGetProperty(key, out element))
            {
                throw new CakeException($"{metricsPath} lacks {string.Join(".", path)}.");
            }
        }

        return element.GetDouble();
    }

    foreach (var plot in new[] { "loss.png", "accuracy.png", "confusion-matrix.png" })
    {
        if (!System.IO.File.Exists(System.IO.Path.Combine(trainingOutput, plot)))
        {
            throw new CakeException($"{plot} is missing from {trainingOutput}.");
        }
    }

    Information($"Test accuracy {Read("test", "accuracy"):F4}, F1 {Read("test", "f1"):F4}, ROC-AUC {Read("test", "rocAuc"):F4}; " +
                $"baseline accuracy {Read("baseline", "test", "accuracy"):F4}, F1 {Read("baseline", "test", "f1"):F4} ({metricsPath}).");
});

// The pretrained model of src/SentimentPipeline.Models.Pretrained (README "Using the model from .NET"): trains and
// exports with the options given (defaults otherwise), copies the bundle and plots into the project's bundle/ folder
// with the exact command, and regenerates the model card (the project's README.md) from them.
//   dotnet cake --target=Pretrained --corpus=../shared/data/online_shopping_10_cats.csv --skip-invalid-rows
var pretrainedProject = MakeAbsolute(Directory("./src/SentimentPipeline.Models.Pretrained")).FullPath;
var pretrainedBundle = $"{pretrainedProject}/bundle";

void WriteModelCard()
{
    DotNetRun("./training/SentimentPipeline.ModelCard/SentimentPipeline.ModelCard.csproj",
        new ProcessArgumentBuilder().Append("--bundle").AppendQuoted(pretrainedBundle).Append("--output").AppendQuoted($"{pretrainedProject}/README.md"),
        new DotNetRunSettings { Configuration = configuration });
}

Task("Pretrained")
    .IsDependentOn("Export")
    .Does(() =>
{
    // The command as it was typed, minus --output (a scratch folder that does not change the model).
    var given = Context.Arguments.GetArguments()
        .Where(argument => argument.Key != "target" && argument.Key != "output")
        .OrderBy(argument => argument.Key == "corpus" ? 0 : 1).ThenBy(argument => argument.Key, StringComparer.Ordinal)
        .SelectMany(argument => argument.Value.Select(value => string.IsNullOrEmpty(value) || value == "true" && argument.Key == "skip-invalid-rows"
            ? $"--{argument.Key}" : $"--{argument.Key}={value}"));
    var command = string.Join(" ", new[] { "dotnet cake --target=Pretrained" }.Concat(given));

    EnsureDirectoryExists(pretrainedBundle);
    CleanDirectory(pretrainedBundle);
    foreach (var file in new[] { "model.onnx", "vocabulary.json", "metrics.json", "SHA256SUMS" }.Select(name => File($"{trainingOutput}/{name}").Path)
                 .Concat(GetFiles($"{trainingOutput}/*.png")))
    {
        CopyFileToDirectory(file, pretrainedBundle);
    }

    System.IO.File.WriteAllText($"{pretrainedBundle}/training-command.txt", command + "\n");
    WriteModelCard();
    Information($"Pretrained bundle written to {pretrainedBundle} ({command}).");
});

// Rewrites the model card from the bundle already in src/SentimentPipeline.Models.Pretrained (after a change to the generator).
Task("ModelCard")
    .Does(WriteModelCard);

// Retraining gives the same bytes on CPU: trains and exports twice on the built-in corpus (all defaults) and compares
// model.onnx and vocabulary.json byte for byte.
Task("Reproducibility")
    .IsDependentOn("Resources")
    .Does(() =>
{
    var builtInCorpus = MakeAbsolute(File("./training/data/default-corpus.csv")).FullPath;
    var runs = new[] { "first", "second" }.Select(name => MakeAbsolute(Directory($"./artifacts/reproducibility/{name}")).FullPath).ToList();
    foreach (var output in runs)
    {
        EnsureDirectoryExists(output);
        CleanDirectory(output);
        foreach (var step in new[] { "train", "export" })
        {
            DotNetRun("./training/SentimentPipeline.Training/SentimentPipeline.Training.csproj",
                new ProcessArgumentBuilder().Append(step).Append("--corpus").AppendQuoted(builtInCorpus).Append("--output").AppendQuoted(output),
                new DotNetRunSettings { Configuration = configuration });
        }
    }

    foreach (var name in new[] { "model.onnx", "vocabulary.json" })
    {
        var first = System.IO.File.ReadAllBytes($"{runs[0]}/{name}");
        var second = System.IO.File.ReadAllBytes($"{runs[1]}/{name}");
        if (!first.AsSpan().SequenceEqual(second))
        {
            throw new CakeException($"{name} differs between {runs[0]} and {runs[1]}: training is not reproducible on this machine.");
        }

        Information($"{name}: {first.Length:N0} bytes, identical in both runs (SHA-256 {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(first)).ToLowerInvariant()}).");
    }
});

// The NuGet packages (README "Install from NuGet"): every project of build/packages.slnf, with symbols (.snupkg),
// into artifacts/packages. ContinuousIntegrationBuild maps source paths to /_/ so the packages do not depend on the clone's folder.
Task("Pack")
    .IsDependentOn("Resources")
    .Does(() =>
{
    var packages = MakeAbsolute(Directory("./artifacts/packages")).FullPath;
    EnsureDirectoryExists(packages);
    CleanDirectory(packages);
    DotNetPack("./build/packages.slnf", new DotNetPackSettings
    {
        Configuration = configuration,
        MSBuildSettings = new DotNetMSBuildSettings().WithProperty("ContinuousIntegrationBuild", "true"),
    });
    foreach (var package in GetFiles($"{packages}/*.nupkg").Concat(GetFiles($"{packages}/*.snupkg")).OrderBy(p => p.FullPath))
    {
        Information($"{package.GetFilename()} ({new System.IO.FileInfo(package.FullPath).Length:N0} bytes)");
    }
});

// The CUDA switch for real (README "GPU (CUDA) or CPU"): restores and builds the CLI with -p:UseOnnxRuntimeGpu=true
// into artifacts/gpu-build (the CPU build is left alone), then asks for the GPU on --model (default artifacts/model):
// on a machine without CUDA it must fall back to CPU and say why, and --gpu-strict must exit 4.
Task("GpuPackageCheck")
    .IsDependentOn("Resources")
    .Does(() =>
{
    var gpuBuild = MakeAbsolute(Directory("./artifacts/gpu-build")).FullPath;
    var model = MakeAbsolute(Directory(Argument("model", "./artifacts/model"))).FullPath;
    DotNetBuild("./src/SentimentPipeline.Cli/SentimentPipeline.Cli.csproj", new DotNetBuildSettings
    {
        Configuration = "Release",
        ArgumentCustomization = args => args.Append("--artifacts-path").AppendQuoted(gpuBuild).Append("-p:UseOnnxRuntimeGpu=true"),
    });
    var cli = $"{gpuBuild}/bin/SentimentPipeline.Cli/release/sentiment.dll";
    var native = System.IO.Directory.GetFiles($"{gpuBuild}/bin/SentimentPipeline.Cli/release", "libonnxruntime_providers_cuda.so", System.IO.SearchOption.AllDirectories);
    Information($"CUDA provider library in the build: {(native.Length > 0 ? native[0] : "none")}");

    int Run(string arguments, out string output, out string error)
    {
        var exit = StartProcess("dotnet", new ProcessSettings { Arguments = $"\"{cli}\" {arguments}", RedirectStandardOutput = true, RedirectStandardError = true },
            out var stdout, out var stderr);
        output = string.Join("\n", stdout);
        error = string.Join("\n", stderr);
        return exit;
    }

    var info = Run($"info --model \"{model}\" --gpu", out var infoOutput, out var infoError);
    if (info != 0)
    {
        throw new CakeException($"sentiment info --gpu exited {info}: {infoError}");
    }

    using var json = System.Text.Json.JsonDocument.Parse(infoOutput);
    var provider = json.RootElement.GetProperty("executionProvider");
    if (provider.GetProperty("isGpu").GetBoolean())
    {
        Information($"CUDA execution provider in use: {provider.GetProperty("name").GetString()} (device {provider.GetProperty("gpuDeviceId")})");
        return;
    }

    var reason = provider.GetProperty("fallbackReason").GetString();
    if (string.IsNullOrWhiteSpace(reason))
    {
        throw new CakeException("sentiment info --gpu ran on CPU without saying why.");
    }

    Information($"No CUDA here: fell back to CPU, reason: {reason}");
    var strict = Run($"info --model \"{model}\" --gpu-strict", out _, out var strictError);
    if (strict != 4)
    {
        throw new CakeException($"sentiment info --gpu-strict exited {strict}, expected 4: {strictError}");
    }

    Information($"--gpu-strict: exit 4, {strictError.Trim()}");
});

Task("Default")
    .IsDependentOn("Evaluate");

RunTarget(target);
