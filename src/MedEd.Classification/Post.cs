namespace MedEd.Classification;

/// <summary>A social-media post to classify, with optional metadata about its author and time.</summary>
/// <param name="Text">The post's text. Must not be null; empty text is allowed and gives no topics.</param>
public sealed record Post(string Text)
{
    /// <summary>The author's handle or display name, for example <c>"@DrJaneDoe MD"</c>; optional.</summary>
    /// <remarks>Feeds the authorship signal (credentials such as MD, PhD, RN, PharmD).</remarks>
    public string? AuthorHandle { get; init; }

    /// <summary>The author's profile description; optional.</summary>
    /// <remarks>Feeds the authorship signal (credentials and a named institution).</remarks>
    public string? AuthorBio { get; init; }

    /// <summary>When the post was created; optional.</summary>
    /// <remarks>Feeds the currency signal (<see cref="SignalIds.OutdatedReference"/>: a cited year five or more years older than the post).</remarks>
    public DateTimeOffset? CreatedAt { get; init; }
}
