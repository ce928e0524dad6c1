namespace MedEd.Classification.Cli.Input;

/// <summary>How posts to classify are laid out in an input.</summary>
internal enum InputFormat
{
    /// <summary>Chosen from the file extension: .jsonl/.ndjson, .csv, .tsv; anything else (and stdin) is lines.</summary>
    Auto,

    /// <summary>One post per line.</summary>
    Lines,

    /// <summary>Comma-separated values with a header row and a text column.</summary>
    Csv,

    /// <summary>Tab-separated values with a header row and a text column.</summary>
    Tsv,

    /// <summary>JSON Lines: one object per line with a text field.</summary>
    Jsonl,
}
