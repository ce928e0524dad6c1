namespace MedEd.Classification.Text;

/// <summary>A token of a post: where it is and what it is.</summary>
internal readonly record struct RawToken(int Start, int Length, TokenKind Kind);
