using Microsoft.Extensions.DependencyInjection;

namespace SentimentPipeline.Service.Tests.Support;

/// <summary>Removes registrations, for hosts that must lack a part (e.g. the scorer's background loop).</summary>
internal static class ServiceCollectionTestExtensions
{
    public static void RemoveAll<T>(this IServiceCollection services)
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(T)).ToArray())
        {
            services.Remove(descriptor);
        }
    }
}
