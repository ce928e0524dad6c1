namespace MedEd.Classification.Training;

/// <summary>The labels of each head of a model being trained, in the model's order.</summary>
internal sealed record LabelSets(IReadOnlyList<string> Topics, IReadOnlyList<string> ContentTypes, IReadOnlyList<string> CredibilityBands)
{
    /// <summary>The labels used in <paramref name="posts"/>: labels of the specification in its order, then any others sorted.</summary>
    public static LabelSets From(IReadOnlyList<LabeledPost> posts) => new(
        Order(posts.SelectMany(p => p.Topics), MedEd.Classification.Topics.All),
        Order(posts.Select(p => p.ContentType).OfType<string>(), MedEd.Classification.ContentTypes.All),
        Order(posts.Select(p => p.Credibility).OfType<string>(), MedEd.Classification.CredibilityBands.All));

    private static string[] Order(IEnumerable<string> used, IReadOnlyList<string> known)
    {
        var set = new HashSet<string>(used, StringComparer.Ordinal);
        var ordered = known.Where(set.Contains).ToList();
        ordered.AddRange(set.Except(known, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return [.. ordered];
    }
}
