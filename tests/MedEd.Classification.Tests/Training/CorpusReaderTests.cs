using MedEd.Classification.Training;

namespace MedEd.Classification.Tests.Training;

public sealed class CorpusReaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("meded-reader-");

    private const string Good = """{"id":"a1","text":"AML pearl","topics":["hematology","oncology"],"content_type":"teaching","credibility":"reliable","signals":[]}""";

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void ReadJsonLines_ValidFile_ReadsEveryRecord()
    {
        var path = Write(Good, Good.Replace("a1", "a2", StringComparison.Ordinal).Replace("AML pearl", "CLL pearl", StringComparison.Ordinal));

        var posts = CorpusReader.ReadJsonLines(path, LabelSchema.Default);

        Assert.Equal(2, posts.Count);
        Assert.Equal(["hematology", "oncology"], posts[0].Topics);
        Assert.Equal("en", posts[0].Lang);
        Assert.Equal("corpus.jsonl:2", posts[1].Source);
    }

    [Theory]
    [InlineData("{not json", "corpus.jsonl:2: not valid JSON")]
    [InlineData("""{"id":"b","topics":[],"content_type":"teaching","credibility":"reliable"}""", "corpus.jsonl:2: field 'text' is missing")]
    [InlineData("""{"id":"b","text":"x","topics":"oncology","content_type":"teaching","credibility":"reliable"}""", "corpus.jsonl:2: field 'topics' must be an array")]
    [InlineData("""{"id":"b","text":"x","topics":["cats"],"content_type":"teaching","credibility":"reliable"}""", "corpus.jsonl:2: field 'topics': unknown label 'cats'")]
    [InlineData("""{"id":"b","text":"x","topics":[],"content_type":"teaching","credibility":"maybe"}""", "corpus.jsonl:2: field 'credibility': unknown label 'maybe'")]
    [InlineData("""{"id":"a1","text":"x","topics":[],"content_type":"teaching","credibility":"reliable"}""", "corpus.jsonl:2: field 'id': 'a1' was already used on line 1")]
    [InlineData("""{"id":"b","text":"AML   PEARL!","topics":[],"content_type":"teaching","credibility":"reliable"}""", "corpus.jsonl:2: field 'text': the same text as line 1")]
    [InlineData("", "corpus.jsonl:2: blank line")]
    public void ReadJsonLines_BadRecord_ThrowsNamingFileLineAndField(string line, string expected)
    {
        var path = Write(Good, line);

        var e = Assert.Throws<InvalidDataException>(() => CorpusReader.ReadJsonLines(path, LabelSchema.Default));

        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJsonLines_SignalsRequiredButMissing_Throws()
    {
        var path = Write(Good.Replace(""","signals":[]""", "", StringComparison.Ordinal));

        var e = Assert.Throws<InvalidDataException>(() => CorpusReader.ReadJsonLines(path, LabelSchema.Default, requireSignals: true));

        Assert.Contains("field 'signals' is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJsonLines_EmptyFile_Throws()
    {
        var path = Path.Combine(_folder.FullName, "empty.jsonl");
        File.WriteAllText(path, "");

        var e = Assert.Throws<InvalidDataException>(() => CorpusReader.ReadJsonLines(path));

        Assert.Contains("no records", e.Message, StringComparison.Ordinal);
    }

    private string Write(params string[] lines)
    {
        var path = Path.Combine(_folder.FullName, "corpus.jsonl");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
