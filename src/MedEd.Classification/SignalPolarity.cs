namespace MedEd.Classification;

/// <summary>Whether a credibility signal speaks for or against a post's credibility.</summary>
public enum SignalPolarity
{
    /// <summary>Speaks against credibility (hype, a miracle-cure claim, a call to share...).</summary>
    Negative = -1,

    /// <summary>Neither for nor against (a thread marker, a preprint).</summary>
    Neutral = 0,

    /// <summary>Speaks for credibility (a cited DOI, a named study design, hedged wording...).</summary>
    Positive = 1,
}
