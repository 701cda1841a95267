using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Web.Tests;

internal static class ServiceCollectionTestExtensions
{
    /// <summary>Removes every registration of <typeparamref name="T"/>.</summary>
    public static void RemoveAll<T>(this IServiceCollection services)
    {
        foreach (var d in services.Where(d => d.ServiceType == typeof(T)).ToList())
        {
            services.Remove(d);
        }
    }
}
