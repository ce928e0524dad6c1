namespace MedEd.Classification.Text;

/// <summary>What a raw token of a post is.</summary>
internal enum TokenKind
{
    Word,
    Url,
    Mention,
    Hashtag,
    Emoji,
}
