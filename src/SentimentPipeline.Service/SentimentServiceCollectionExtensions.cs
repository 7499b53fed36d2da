using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SentimentPipeline.Prediction;
using SentimentPipeline.Service.Batching;
using SentimentPipeline.Service.Health;
using SentimentPipeline.Service.Hosting;
using SentimentPipeline.Service.Metrics;

namespace SentimentPipeline.Service;

/// <summary>Registers a sentiment model and what its endpoints need in an ASP.NET Core app's services.</summary>
public static class SentimentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the model bundle at <see cref="SentimentModelOptions.ModelDirectory"/>, loaded and checked when the
    /// host starts (a bad bundle or bad options stop the start), the micro-batching scorer, the readiness check and
    /// the metrics. Map the endpoints with <see cref="SentimentEndpointRouteBuilderExtensions.MapSentimentEndpoints"/>.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configure">Sets the options.</param>
    public static IServiceCollection AddSentimentModel(this IServiceCollection services, Action<SentimentModelOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SentimentModelOptions>().Configure(configure);
        return AddServices(services, modelGiven: false, provider => ServedModel.Load(
            provider.GetRequiredService<IOptions<SentimentModelOptions>>(), provider.GetRequiredService<ILoggerFactory>()));
    }

    /// <summary>As <see cref="AddSentimentModel(IServiceCollection, Action{SentimentModelOptions})"/>, with the options bound from configuration (e.g. the <c>Sentiment</c> section).</summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configuration">The configuration section holding <see cref="SentimentModelOptions"/>.</param>
    public static IServiceCollection AddSentimentModel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddSentimentModel(configuration.Bind);
    }

    /// <summary>Registers an already loaded model (the caller keeps ownership of it) with the endpoints' options.</summary>
    /// <param name="services">The app's services.</param>
    /// <param name="model">The loaded model.</param>
    /// <param name="configure">Sets the options; <see cref="SentimentModelOptions.ModelDirectory"/> is not used.</param>
    public static IServiceCollection AddSentimentModel(this IServiceCollection services, SentimentModel model, Action<SentimentModelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(model);
        services.AddOptions<SentimentModelOptions>().Configure(options => configure?.Invoke(options));
        return AddServices(services, modelGiven: true, provider => ServedModel.Borrow(model, provider.GetRequiredService<IOptions<SentimentModelOptions>>()));
    }

    private static IServiceCollection AddServices(IServiceCollection services, bool modelGiven, Func<IServiceProvider, ServedModel> createModel)
    {
        services.AddSingleton<IValidateOptions<SentimentModelOptions>>(new SentimentModelOptionsValidator(modelGiven));
        services.AddOptions<SentimentModelOptions>().ValidateOnStart();
        services.AddSingleton(createModel);
        services.AddSingleton<SentimentMetrics>();
        services.AddSingleton<ReviewScorer>();
        // A hosted service: built (so the model loads) when the host starts, and stopped after the server drained.
        services.AddHostedService(provider => provider.GetRequiredService<ReviewScorer>());
        services.AddSingleton<SentimentEndpoints>();
        services.AddSingleton<RequestLogFilter>();
        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<SentimentModelHealthCheck>(SentimentModelHealthCheck.Name, tags: [SentimentModelHealthCheck.ReadyTag]);
        return services;
    }
}
