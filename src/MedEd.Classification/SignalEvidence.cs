namespace MedEd.Classification;

/// <summary>
/// The piece of text that triggered a signal: a span of <see cref="Source"/> given by
/// <see cref="Start"/> and <see cref="Length"/> in UTF-16 code units, and the text of that span.
/// </summary>
/// <param name="Start">Index of the first character of the span in the source text.</param>
/// <param name="Length">Length of the span in characters.</param>
/// <param name="Text">The characters of the span, as they stand in the source text.</param>
/// <param name="Source">Which text the span points into; <see cref="TextSource.Text"/> for the post itself.</param>
public sealed record SignalEvidence(int Start, int Length, string Text, TextSource Source = TextSource.Text);
