using System.Text.Json.Nodes;

namespace MedEd.Classification.Tests;

/// <summary>Smoke tests of the model bundled in the library.</summary>
public sealed class DefaultModelTests
{
    [Fact]
    public void Default_Loads_AndReportsTheSpecificationLabels()
    {
        var model = PostClassifier.Default.Model;

        Assert.Equal(Topics.All, model.Topics);
        Assert.Equal(ContentTypes.All, model.ContentTypes);
        Assert.Equal(CredibilityBands.All, model.CredibilityBands);
    }

    [Fact]
    public void Default_ManyFirstCallers_GetOneInstance()
    {
        var seen = new PostClassifier[16];

        Parallel.For(0, seen.Length, i => seen[i] = PostClassifier.Default);

        Assert.All(seen, c => Assert.Same(seen[0], c));
    }

    [Fact]
    public void Default_Labels_MatchTheModelCard()
    {
        var card = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Models, "meded-default.card.json")))!;
        var model = PostClassifier.Default.Model;

        Assert.Equal(card["labels"]!["topics"]!.AsArray().Select(n => n!.GetValue<string>()), model.Topics);
        Assert.Equal(card["labels"]!["contentTypes"]!.AsArray().Select(n => n!.GetValue<string>()), model.ContentTypes);
        Assert.Equal(card["labels"]!["credibilityBands"]!.AsArray().Select(n => n!.GetValue<string>()), model.CredibilityBands);
        Assert.Equal(card["data"]!["sha256"]!.GetValue<string>(), model.DataSha256);
        for (var i = 0; i < model.Topics.Count; i++)
        {
            Assert.Equal(card["labels"]!["topicThresholds"]![model.Topics[i]]!.GetValue<double>(), model.TopicThresholds[i], 2);
        }
    }

    [Fact]
    public void Default_ClearHaematologyPost_GetsHematologyAndOncology()
    {
        var result = PostClassifier.Default.Classify(
            "New #ASH23 data: in the phase 3 trial, adding venetoclax to azacitidine for older adults with AML improved median OS (14.7 vs 9.6 months, HR 0.66). #HemeTwitter #leusm");

        Assert.Contains(result.Topics, t => t.Label == Topics.Hematology);
        Assert.Contains(result.Topics, t => t.Label == Topics.Oncology);
        Assert.Equal(ContentTypes.ResearchNews, result.ContentType);
    }

    [Fact]
    public void Default_MiracleCurePost_IsNotReliable()
    {
        var result = PostClassifier.Default.Classify(
            "DOCTORS DON'T WANT YOU TO KNOW!!! This herbal detox tea CURES cancer in 30 days, no chemo needed. 100% natural. Share before they delete it! Link in bio 🌿");

        Assert.NotEqual(CredibilityBands.Reliable, result.Credibility.Band);
        Assert.True(result.Credibility.Score < 40, $"score {result.Credibility.Score}");
        Assert.Contains(result.Credibility.Signals, s => s.Id == SignalIds.NaturalOrMiracleCure);
        Assert.Contains(result.Credibility.Signals, s => s.Id == SignalIds.CallToShare);
    }
}
