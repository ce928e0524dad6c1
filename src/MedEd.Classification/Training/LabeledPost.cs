namespace MedEd.Classification.Training;

/// <summary>A post with its gold labels, for training and evaluation. Immutable.</summary>
/// <param name="Id">A unique id of the post within its data set.</param>
/// <param name="Text">The post's text.</param>
public sealed record LabeledPost(string Id, string Text)
{
    /// <summary>The post's topics; empty when it is about none.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The post's content type; null when the data set has no content-type labels.</summary>
    public string? ContentType { get; init; }

    /// <summary>The post's credibility band; null when the data set has no credibility labels.</summary>
    public string? Credibility { get; init; }

    /// <summary>The gold credibility signals; null when not annotated.</summary>
    public IReadOnlyList<string>? Signals { get; init; }

    /// <summary>ISO 639-1 language code; <c>"en"</c> by default.</summary>
    public string Lang { get; init; } = "en";

    /// <summary>The author's handle or display name; optional.</summary>
    public string? AuthorHandle { get; init; }

    /// <summary>The author's profile description; optional.</summary>
    public string? AuthorBio { get; init; }

    /// <summary>When the post was created; optional.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The file and line this post was read from, for messages; null when it was made in code.</summary>
    public string? Source { get; init; }
}
