namespace MedEd.Classification;

/// <summary>Which text of a <see cref="Post"/> a piece of evidence points into.</summary>
public enum TextSource
{
    /// <summary>The post's text.</summary>
    Text,

    /// <summary>The author's handle or display name.</summary>
    AuthorHandle,

    /// <summary>The author's profile description.</summary>
    AuthorBio,
}
