namespace MedEd.Classification.Cli.Input;

/// <summary>One input row: a post to classify, or the reason it could not be read.</summary>
/// <param name="Source">The file name, or "-" for standard input.</param>
/// <param name="Line">The 1-based line (JSON Lines, lines) or record number (CSV/TSV, header excluded).</param>
/// <param name="Id">The row's id field, if it has one.</param>
/// <param name="Post">The post; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the row could not be read; null when it could.</param>
internal sealed record InputRecord(string Source, long Line, string? Id, Post? Post, string? Error);
