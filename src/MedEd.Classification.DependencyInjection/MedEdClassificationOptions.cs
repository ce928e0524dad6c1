namespace MedEd.Classification.DependencyInjection;

/// <summary>
/// Options of the registered classifier, bound from configuration (by default the section
/// <c>"MedEdClassification"</c>), for example <c>{ "MedEdClassification": { "ModelPath": "models/my.zip" } }</c>.
/// </summary>
public sealed class MedEdClassificationOptions
{
    /// <summary>The configuration section read by <see cref="ServiceCollectionExtensions.AddMedEdClassification(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>.</summary>
    public const string SectionName = "MedEdClassification";

    /// <summary>A model file written by <c>meded train</c>; null or empty (default) for the bundled model.</summary>
    public string? ModelPath { get; set; }

    /// <summary>See <see cref="ClassifierOptions.MaxTextLength"/>. Default 10,000.</summary>
    public int MaxTextLength { get; set; } = new ClassifierOptions().MaxTextLength;

    /// <summary>See <see cref="ClassifierOptions.LongText"/>. Default <see cref="LongTextBehavior.Truncate"/>.</summary>
    public LongTextBehavior LongText { get; set; } = LongTextBehavior.Truncate;

    /// <summary>See <see cref="ClassifierOptions.IncludeAllTopicProbabilities"/>. Default false.</summary>
    public bool IncludeAllTopicProbabilities { get; set; }

    internal ClassifierOptions ToClassifierOptions() => new()
    {
        MaxTextLength = MaxTextLength,
        LongText = LongText,
        IncludeAllTopicProbabilities = IncludeAllTopicProbabilities,
    };
}
