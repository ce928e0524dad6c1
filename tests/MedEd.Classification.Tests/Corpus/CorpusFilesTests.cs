using MedEd.Classification.Training;

namespace MedEd.Classification.Tests.Corpus;

/// <summary>The committed corpus: every record valid against the specification, coverage, and no duplicates.</summary>
public sealed class CorpusFilesTests
{
    private static readonly Lazy<Splits> s_splits = new(() => new Splits(
        CorpusReader.ReadJsonLines(Path.Combine(RepoPaths.Corpus, "train.jsonl"), LabelSchema.Default),
        CorpusReader.ReadJsonLines(Path.Combine(RepoPaths.Corpus, "dev.jsonl"), LabelSchema.Default),
        CorpusReader.ReadJsonLines(Path.Combine(RepoPaths.Corpus, "test.jsonl"), LabelSchema.Default, requireSignals: true)));

    [Fact]
    public void Splits_EveryRecord_IsValidAgainstTheSpecification()
    {
        // Reading validates each record and throws naming file, line and field.
        var splits = s_splits.Value;

        Assert.True(splits.All.Count >= 1_500, $"{splits.All.Count} posts");
        Assert.All(splits.All, p => Assert.Contains(p.Lang, (string[])["en", "es", "fr", "pt", "de"]));
    }

    [Fact]
    public void Splits_Coverage_MeetsTheMinimumPerLabel()
    {
        var all = s_splits.Value.All;

        foreach (var topic in Topics.All)
        {
            Assert.True(all.Count(p => p.Topics.Contains(topic)) >= 40, $"topic {topic}");
        }

        foreach (var type in ContentTypes.All)
        {
            Assert.True(all.Count(p => p.ContentType == type) >= 60, $"content type {type}");
        }

        foreach (var band in CredibilityBands.All)
        {
            Assert.True(all.Count(p => p.Credibility == band) >= 100, $"band {band}");
        }
    }

    [Fact]
    public void Splits_Ids_AreUniqueAcrossSplits()
    {
        var duplicates = s_splits.Value.All.GroupBy(p => p.Id).Where(g => g.Count() > 1).Select(g => g.First().Source + ": id " + g.Key).ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Splits_Texts_HaveNoExactOrNearDuplicatesAcrossOrWithinSplits()
    {
        var pairs = NearDuplicates.Find(s_splits.Value.All, threshold: 0.7);

        Assert.True(pairs.Count == 0, "near-duplicate posts:\n" + string.Join('\n', pairs.Take(20)));
    }

    private sealed record Splits(IReadOnlyList<LabeledPost> Train, IReadOnlyList<LabeledPost> Dev, IReadOnlyList<LabeledPost> Test)
    {
        public IReadOnlyList<LabeledPost> All { get; } = [.. Train, .. Dev, .. Test];
    }
}
