namespace MedEd.Classification.Cli;

/// <summary>A problem with the user's input that the tool reports as one line and exit code 2.</summary>
internal sealed class CliException(string message, Exception? inner = null) : Exception(message, inner);
