namespace MedEd.Classification;

/// <summary>The credibility bands of the default model (label specification v1, section 3).</summary>
public static class CredibilityBands
{
    /// <summary>Consistent with current evidence and consensus, stated with appropriate certainty.</summary>
    public const string Reliable = "reliable";

    /// <summary>Not clearly wrong, but unsupported: opinion, anecdote, promotion, hype, a claim without source.</summary>
    public const string Unverified = "unverified";

    /// <summary>Contradicts established evidence or consensus, or gives dangerous advice.</summary>
    public const string Misleading = "misleading";

    /// <summary>The three bands, from most to least credible.</summary>
    public static IReadOnlyList<string> All { get; } = [Reliable, Unverified, Misleading];
}
