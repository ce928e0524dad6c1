using MedEd.Classification.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MedEd.Classification.Tests.DependencyInjection;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public void AddMedEdClassification_NoModelPath_ResolvesTheDefaultSingleton()
    {
        using var provider = new ServiceCollection().AddMedEdClassification(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var first = provider.GetRequiredService<PostClassifier>();

        Assert.Same(PostClassifier.Default, first);
        Assert.Same(first, provider.GetRequiredService<PostClassifier>());
    }

    [Fact]
    public void AddMedEdClassification_OptionsFromConfiguration_AreApplied()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MedEdClassification:MaxTextLength"] = "500",
            ["MedEdClassification:LongText"] = "Throw",
            ["MedEdClassification:IncludeAllTopicProbabilities"] = "true",
        }).Build();
        using var provider = new ServiceCollection().AddMedEdClassification(configuration).BuildServiceProvider();

        var classifier = provider.GetRequiredService<PostClassifier>();

        Assert.Equal(500, classifier.Options.MaxTextLength);
        Assert.Equal(LongTextBehavior.Throw, classifier.Options.LongText);
        Assert.Equal(classifier.Model.Topics.Count, classifier.Classify("AML pearl").AllTopicProbabilities.Count);
    }

    [Fact]
    public void AddMedEdClassification_MissingModelPath_ThrowsFileNotFoundOnResolve()
    {
        using var provider = new ServiceCollection()
            .AddMedEdClassification(o => o.ModelPath = Path.Combine(Path.GetTempPath(), "missing-model.zip"))
            .BuildServiceProvider();

        Assert.Throws<FileNotFoundException>(() => provider.GetRequiredService<PostClassifier>());
    }

    [Fact]
    public void AddMedEdClassification_NullConfiguration_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("configuration", () => new ServiceCollection().AddMedEdClassification((IConfiguration)null!));
    }
}
