using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MedEd.Classification.DependencyInjection;

/// <summary>Registers <see cref="PostClassifier"/> in a service collection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PostClassifier"/> as a singleton with options bound from the
    /// <c>"MedEdClassification"</c> section of <paramref name="configuration"/>. The model is loaded
    /// on first resolution; a bad path or option throws then, with the reason.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration root (or any configuration holding the section).</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddMedEdClassification(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<MedEdClassificationOptions>(configuration.GetSection(MedEdClassificationOptions.SectionName));
        return AddCore(services);
    }

    /// <summary>Registers <see cref="PostClassifier"/> as a singleton with options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddMedEdClassification(this IServiceCollection services, Action<MedEdClassificationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return AddCore(services);
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<MedEdClassificationOptions>>().Value;
            var classifierOptions = options.ToClassifierOptions();
            if (!string.IsNullOrEmpty(options.ModelPath))
            {
                return PostClassifier.Load(options.ModelPath, classifierOptions);
            }

            return classifierOptions == new ClassifierOptions() ? PostClassifier.Default : PostClassifier.LoadDefault(classifierOptions);
        });
        return services;
    }
}
