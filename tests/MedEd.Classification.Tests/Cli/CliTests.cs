using System.Text.Json;
using MedEd.Classification.Cli;

namespace MedEd.Classification.Tests.Cli;

/// <summary>The meded tool, run in-process on the bundled model.</summary>
public sealed class CliTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("meded-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Classify_PlainLinesOnStdin_WritesOneResultPerLineInOrder()
    {
        var (code, output, error) = Run(["classify"], "AML induction with 7+3\n\nStatins for primary prevention #CardioTwitter\n");

        var lines = JsonLines(output);
        Assert.Equal(0, code);
        Assert.Equal([1L, 2L, 3L], lines.Select(l => l.GetProperty("line").GetInt64()));
        Assert.Empty(lines[1].GetProperty("topics").EnumerateArray());
        Assert.Contains("3 rows read, 3 classified, 0 errors", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_JsonLinesWithBadRows_AccountsForEveryRow()
    {
        var path = WriteFile("posts.jsonl", """
            {"id":"a","text":"Tweetorial on DKA 🧵"}
            {not json}
            {"id":"c","body":"no text field"}
            {"id":"d","text":"Ivermectin cures COVID, share before they delete it"}
            """);

        var (code, output, error) = Run(["classify", path]);

        var lines = JsonLines(output);
        Assert.Equal(0, code);
        Assert.Equal(4, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Contains("'text'", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("d", lines[3].GetProperty("id").GetString());
        Assert.Contains("4 rows read, 2 classified, 2 errors", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_CsvWithTextColumn_ReadsQuotedFields()
    {
        var path = WriteFile("posts.csv", "id,post\n1,\"Breast cancer screening, age 40: new USPSTF draft\"\n2,\"Burnout, again. #DocsWellness\"\n");

        var (code, output, _) = Run(["classify", path, "--text-column", "post"]);

        var lines = JsonLines(output);
        Assert.Equal(0, code);
        Assert.Equal(["1", "2"], lines.Select(l => l.GetProperty("id").GetString()));
    }

    [Fact]
    public void Classify_CsvWithoutTheTextColumn_FailsWithAClearMessage()
    {
        var path = WriteFile("posts.csv", "id,body\n1,hello\n");

        var (code, _, error) = Run(["classify", path]);

        Assert.Equal(2, code);
        Assert.Contains("no column 'text'", error, StringComparison.Ordinal);
        Assert.Contains("--text-column", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_MissingInputFile_FailsWithAClearMessage()
    {
        var (code, _, error) = Run(["classify", Path.Combine(_folder.FullName, "nope.txt")]);

        Assert.Equal(2, code);
        Assert.Contains("no input file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_LabelledFile_PrintsPerLabelMetrics()
    {
        var path = WriteFile("gold.jsonl", """
            {"id":"1","text":"Venetoclax + azacitidine in AML: median OS 14.7 vs 9.6 mo (VIALE-A, NEJM)","topics":["hematology","oncology"],"content_type":"research-news","credibility":"reliable"}
            {"id":"2","text":"Matched into cardiology fellowship today!!","topics":["cardiology","professional-life"],"content_type":"personal","credibility":"reliable"}
            """);

        var (code, output, _) = Run(["evaluate", path]);

        Assert.Equal(0, code);
        Assert.Contains("## Topics: micro-P", output, StringComparison.Ordinal);
        Assert.Contains("hematology", output, StringComparison.Ordinal);
        Assert.Contains("## Content type: accuracy", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownLabel_FailsNamingIt()
    {
        var path = WriteFile("gold.jsonl", """{"id":"1","text":"x","topics":["veterinary"],"content_type":"opinion","credibility":"reliable"}""");

        var (code, _, error) = Run(["evaluate", path]);

        Assert.Equal(2, code);
        Assert.Contains("'veterinary'", error, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(string[] args, string stdin = "")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new CliIo(new StringReader(stdin), output, error));
        return (code, output.ToString(), error.ToString());
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static List<JsonElement> JsonLines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
}
