namespace MedEd.Classification.Cli;

/// <summary>The standard streams of one run of the tool, so that tests can run it in-process.</summary>
internal sealed record CliIo(TextReader In, TextWriter Out, TextWriter Error);
