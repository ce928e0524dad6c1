using System.CommandLine;
using System.Text;
using System.Text.Json;
using MedEd.Classification.Cli.Input;
using MedEd.Classification.Cli.Output;

namespace MedEd.Classification.Cli.Commands;

/// <summary>
/// <c>meded classify</c>: reads posts from files or standard input and writes one JSON Lines
/// result per input row, in input order, in constant memory, on every core.
/// </summary>
internal static class ClassifyCommand
{
    private const int ChunkSize = 4096;

    public static Command Create(CliIo io)
    {
        var files = new Argument<string[]>("files")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Input files (plain lines, .csv, .tsv or .jsonl); '-' or none for standard input.",
        };
        var model = ModelOption.Create();
        var format = new Option<InputFormat>("--format", "-f")
        {
            Description = "Input layout; auto chooses by file extension (standard input: lines).",
            DefaultValueFactory = _ => InputFormat.Auto,
        };
        var textColumn = new Option<string>("--text-column")
        {
            Description = "The column (CSV/TSV) or field (JSON Lines) that holds the post's text.",
            DefaultValueFactory = _ => "text",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write results to this file instead of standard output." };
        var allTopics = new Option<bool>("--all-topics") { Description = "Include every topic's probability in each result." };
        var command = new Command("classify", "Classify posts and write one JSON Lines result per input row, in input order.")
        {
            files, model, format, textColumn, output, allTopics,
        };
        command.SetAction((parse, ct) =>
        {
            var options = parse.GetValue(allTopics) ? new ClassifierOptions { IncludeAllTopicProbabilities = true } : null;
            var classifier = ModelOption.Load(parse.GetValue(model), options);
            var sources = parse.GetValue(files) is { Length: > 0 } f ? f : ["-"];
            var outPath = parse.GetValue(output);
            using var fileOut = outPath is null ? null : new StreamWriter(outPath, append: false, new UTF8Encoding(false));
            var writer = (TextWriter?)fileOut ?? io.Out;
            var counts = (Results: 0L, Errors: 0L);
            foreach (var source in sources)
            {
                using var reader = source == "-" ? null : new StreamReader(OpenInput(source), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                var records = PostReader.Read(reader ?? io.In, source == "-" ? "-" : Path.GetFileName(source), parse.GetValue(format), parse.GetValue(textColumn)!);
                foreach (var chunk in records.Chunk(ChunkSize))
                {
                    ct.ThrowIfCancellationRequested();
                    var written = WriteChunk(classifier, chunk, writer, ct);
                    counts = (counts.Results + written.Results, counts.Errors + written.Errors);
                }
            }

            writer.Flush();
            io.Error.WriteLine($"meded classify: {counts.Results + counts.Errors:N0} rows read, {counts.Results:N0} classified, {counts.Errors:N0} errors.");
            return Task.FromResult(0);
        });
        return command;
    }

    private static FileStream OpenInput(string path) =>
        File.Exists(path) ? File.OpenRead(path) : throw new CliException($"no input file at '{path}'.");

    private static (long Results, long Errors) WriteChunk(PostClassifier classifier, InputRecord[] chunk, TextWriter writer, CancellationToken ct)
    {
        var results = new ClassificationResult?[chunk.Length];
        var errors = new string?[chunk.Length];
        Parallel.For(0, chunk.Length, new ParallelOptions { CancellationToken = ct }, i =>
        {
            if (chunk[i].Post is not { } post)
            {
                errors[i] = chunk[i].Error;
                return;
            }

            try
            {
                results[i] = classifier.Classify(post);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                errors[i] = e.Message;
            }
        });

        using var buffer = new MemoryStream();
        long ok = 0;
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            for (var i = 0; i < chunk.Length; i++)
            {
                ResultJson.Write(json, chunk[i], results[i], errors[i]);
                json.Flush();
                buffer.WriteByte((byte)'\n');
                json.Reset();
                ok += results[i] is null ? 0 : 1;
            }
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        return (ok, chunk.Length - ok);
    }
}
