using System.CommandLine;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Prediction;
using SentimentPipeline.Service;

namespace SentimentPipeline.Cli.Commands.Serve;

/// <summary>
/// <c>sentiment serve --model DIR [--urls URL]</c>: runs the HTTP service until Ctrl+C / SIGTERM (in-flight requests
/// finish, then exit 0). Prints <c>listening on URL (provider)</c> on standard output once it accepts requests (with
/// the real port for port 0); logs go to standard error. A bad address is a usage error before anything listens.
/// </summary>
internal static class ServeCommand
{
    private const string Name = "serve";

    public static Command Create()
    {
        var model = new ModelArguments();
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on (IP literal or localhost, ';'-separated); port 0 picks a free port.",
            DefaultValueFactory = _ => ServeHost.DefaultUrl,
        };
        var allowRemote = new Option<bool>("--allow-remote")
        {
            Description = "Allow addresses other machines can reach (anything but loopback); without it they are refused.",
        };
        var maxBody = new Option<long>("--max-body-bytes")
        {
            Description = "Largest accepted request body; larger ones get 413.",
            DefaultValueFactory = _ => SentimentModelOptions.DefaultMaxRequestBodyBytes,
        };
        var maxReviews = new Option<int>("--max-reviews")
        {
            Description = "Most reviews in one POST /predict; more get 400.",
            DefaultValueFactory = _ => SentimentModelOptions.DefaultMaxReviewsPerRequest,
        };
        var maxReviewCharacters = new Option<int>("--max-review-chars")
        {
            Description = "Longest accepted review in characters; longer ones get 400.",
            DefaultValueFactory = _ => SentimentModelOptions.DefaultMaxReviewCharacters,
        };
        var noBatching = new Option<bool>("--no-micro-batching")
        {
            Description = "Score each single-review request on its own instead of gathering concurrent ones.",
        };
        var maxBatch = new Option<int>("--max-batch")
        {
            Description = "Micro-batching: most reviews scored together.",
            DefaultValueFactory = _ => MicroBatchingOptions.DefaultMaxBatchSize,
        };
        var maxWait = new Option<double>("--max-wait-ms")
        {
            Description = "Micro-batching: longest wait for more reviews after the first of a batch, in milliseconds.",
            DefaultValueFactory = _ => MicroBatchingOptions.DefaultMaxWait.TotalMilliseconds,
        };
        var concurrentBatches = new Option<int>("--concurrent-batches")
        {
            Description = "Micro-batching: batches scored at the same time; one per processor by default.",
            DefaultValueFactory = _ => ServeHost.DefaultConcurrentBatches,
        };
        var queueCapacity = new Option<int>("--queue-capacity")
        {
            Description = "Micro-batching: most reviews waiting; beyond it requests get 503 with Retry-After.",
            DefaultValueFactory = _ => MicroBatchingOptions.DefaultQueueCapacity,
        };
        var intraOpThreads = new Option<int>("--intra-op-threads")
        {
            Description = "Threads ONNX Runtime may use inside one call; 0 lets it choose (one per physical core). "
                + "1 by default: concurrent requests are the parallelism.",
            DefaultValueFactory = _ => ServeHost.DefaultIntraOpThreads,
        };
        var allowSpinning = new Option<bool>("--allow-spinning")
        {
            Description = "With --intra-op-threads other than 1: let ONNX Runtime's idle worker threads spin (its own default); "
                + "off here, because spinning takes CPU from request handling.",
        };
        var logLevel = new Option<LogLevel>("--log-level")
        {
            Description = "Least level written to the log (standard error); Information includes one line per request.",
            DefaultValueFactory = _ => LogLevel.Information,
        };
        var command = new Command(Name, "Serve POST /predict, GET /model, health checks, /metrics, /openapi/v1.json and a web page over HTTP.")
        {
            urls, allowRemote, maxBody, maxReviews, maxReviewCharacters, noBatching, maxBatch, maxWait, concurrentBatches, queueCapacity, intraOpThreads,
            allowSpinning, logLevel,
        };
        model.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!ListenAddress.TryParseList(parse.GetValue(urls)!, out var addresses, out var error))
            {
                return Usage(error);
            }

            var remote = addresses.Where(a => !a.IsLoopback).Select(a => a.Url).ToArray();
            if (remote.Length > 0 && !parse.GetValue(allowRemote))
            {
                return Usage($"--urls '{string.Join(";", remote)}' can be reached from other machines; add --allow-remote to serve there.");
            }

            var maxWaitMilliseconds = parse.GetValue(maxWait);
            if (!double.IsFinite(maxWaitMilliseconds) || maxWaitMilliseconds < 0)
            {
                return Usage("--max-wait-ms must be 0 or more.");
            }

            if (parse.GetValue(intraOpThreads) < 0)
            {
                return Usage("--intra-op-threads must be 0 or more.");
            }

            using var logging = StandardErrorLogging.Create();
            var execution = new PredictionOptions { IntraOpThreads = parse.GetValue(intraOpThreads), AllowSpinning = parse.GetValue(allowSpinning) };
            using var loaded = model.TryLoad(parse, Name, logging.CreateCommandLogger(Name), out var exitCode, execution);
            if (loaded is null)
            {
                return exitCode;
            }

            void Configure(SentimentModelOptions options)
            {
                options.ModelName = Path.GetFileName(loaded.Directory);
                options.MaxRequestBodyBytes = parse.GetValue(maxBody);
                options.MaxReviewsPerRequest = parse.GetValue(maxReviews);
                options.MaxReviewCharacters = parse.GetValue(maxReviewCharacters);
                options.Batching.Enabled = !parse.GetValue(noBatching);
                options.Batching.MaxBatchSize = parse.GetValue(maxBatch);
                options.Batching.MaxWait = TimeSpan.FromMilliseconds(maxWaitMilliseconds);
                options.Batching.MaxConcurrentBatches = parse.GetValue(concurrentBatches);
                options.Batching.QueueCapacity = parse.GetValue(queueCapacity);
            }

            return await Serve(loaded, addresses, Configure, parse.GetValue(logLevel), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> Serve(SentimentModel model, IReadOnlyList<ListenAddress> addresses, Action<SentimentModelOptions> configure,
        LogLevel logLevel, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = ServeHost.Build(model, addresses, configure, logLevel);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            return Usage(string.Join(" ", e.Failures));
        }

        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Microsoft.Extensions.Options.OptionsValidationException e)
            {
                return Usage(string.Join(" ", e.Failures));
            }
            catch (Exception e) when (e is SocketException { SocketErrorCode: SocketError.AddressNotAvailable }
                || e.InnerException is SocketException { SocketErrorCode: SocketError.AddressNotAvailable })
            {
                return Usage($"--urls '{string.Join(";", addresses.Select(a => a.Url))}': the address is not one of this machine's ({e.Message}).");
            }
            catch (Exception e) when (e is IOException or InvalidOperationException)
            {
                Console.Error.WriteLine($"sentiment {Name}: cannot listen on '{string.Join(";", addresses.Select(a => a.Url))}': {e.Message}");
                return ExitCodes.InputOutput;
            }

            var listening = ServeHost.ListeningUrls(app);
            Console.Out.WriteLine($"sentiment {Name}: listening on {string.Join(", ", listening)} ({model.ExecutionProvider})");
            Console.Out.Flush();
            await Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.WaitForShutdownAsync(app, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"sentiment {Name}: {message}");
        return ExitCodes.Usage;
    }
}
