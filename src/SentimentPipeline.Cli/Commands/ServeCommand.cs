using System.CommandLine;
using Microsoft.Extensions.Logging;
using SentimentPipeline.Service;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// <c>sentiment serve [--model DIR] [--urls URL]</c>: runs the HTTP service until Ctrl+C / SIGTERM. Prints
/// <c>listening on URL (provider)</c> on standard output once it accepts requests (with the real port for port 0).
/// </summary>
internal static class ServeCommand
{
    private const string Name = "serve";

    public static Command Create()
    {
        var model = new ModelArguments();
        var urls = new Option<string>("--urls")
        {
            Description = "Address to listen on; port 0 picks a free port.",
            DefaultValueFactory = _ => SentimentServiceOptions.DefaultUrl,
        };
        var maxBody = new Option<long>("--max-body-bytes")
        {
            Description = "Largest accepted request body; larger ones get 413.",
            DefaultValueFactory = _ => SentimentServiceOptions.DefaultMaxRequestBodyBytes,
        };
        var maxReviews = new Option<int>("--max-reviews")
        {
            Description = "Most reviews in one POST /predict; more get 400.",
            DefaultValueFactory = _ => SentimentServiceOptions.DefaultMaxReviewsPerRequest,
        };
        var command = new Command(Name, "Serve POST /predict, GET /health and GET /model over HTTP.") { urls, maxBody, maxReviews };
        model.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var loaded = model.TryLoad(parse, Name, new StandardErrorLogger(Name), out var exitCode);
            if (loaded is null)
            {
                return exitCode;
            }

            var options = new SentimentServiceOptions
            {
                Url = parse.GetValue(urls)!,
                MaxRequestBodyBytes = parse.GetValue(maxBody),
                MaxReviewsPerRequest = parse.GetValue(maxReviews),
            };
            if (options.MaxRequestBodyBytes < 1 || options.MaxReviewsPerRequest < 1)
            {
                Console.Error.WriteLine($"sentiment {Name}: --max-body-bytes and --max-reviews must be positive.");
                return ExitCodes.Usage;
            }

            return await Serve(loaded, options, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> Serve(SentimentPipeline.Prediction.SentimentModel model, SentimentServiceOptions options, CancellationToken cancellationToken)
    {
        if (options.Url.Split(';').Any(url => !url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            Console.Error.WriteLine($"sentiment {Name}: invalid --urls '{options.Url}': expected http://HOST:PORT (several separated by ';').");
            return ExitCodes.Usage;
        }

        // The host would log its own start failure with a stack trace; this command reports it in one line instead.
        var service = SentimentService.Create(model, options, logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Hosting", LogLevel.None));
        await using (service.ConfigureAwait(false))
        {
            try
            {
                await service.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                Console.Error.WriteLine($"sentiment {Name}: invalid --urls '{options.Url}': {e.Message}");
                return ExitCodes.Usage;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException)
            {
                Console.Error.WriteLine($"sentiment {Name}: cannot listen on '{options.Url}': {e.Message}");
                return ExitCodes.InputOutput;
            }

            Console.Out.WriteLine($"sentiment {Name}: listening on {string.Join(", ", service.ListeningUrls)} ({model.ExecutionProvider})");
            Console.Out.Flush();
            await service.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
