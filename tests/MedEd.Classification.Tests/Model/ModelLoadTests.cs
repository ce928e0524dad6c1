using System.IO.Compression;

namespace MedEd.Classification.Tests.Model;

[Collection(SmallModelGroup.Name)]
public sealed class ModelLoadTests(SmallModelFixture fixture)
{
    [Fact]
    public void Load_NullStream_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("model", () => PostClassifier.Load((Stream)null!));
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFound()
    {
        var e = Assert.Throws<FileNotFoundException>(() => PostClassifier.Load(Path.Combine(Path.GetTempPath(), "no-such-model.zip")));

        Assert.Contains("meded train", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyStream_ThrowsInvalidData()
    {
        var e = Assert.Throws<InvalidDataException>(() => PostClassifier.Load(new MemoryStream()));

        Assert.Contains("not a zip archive", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ZipWithoutManifest_ThrowsInvalidData()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("readme.txt");
        }

        stream.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => PostClassifier.Load(stream));

        Assert.Contains("manifest.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedModel_ThrowsInvalidData()
    {
        var bytes = Saved();

        Assert.Throws<InvalidDataException>(() => PostClassifier.Load(new MemoryStream(bytes[..(bytes.Length / 2)])));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Load_BitFlippedModel_ThrowsInvalidData(double position)
    {
        var bytes = Saved();
        bytes[(int)(bytes.Length * position)] ^= 0x5A;

        Assert.Throws<InvalidDataException>(() => PostClassifier.Load(new MemoryStream(bytes)));
    }

    [Fact]
    public void Load_SavedModel_GivesTheSameResultsAsTheTrainedOne()
    {
        var loaded = PostClassifier.Load(new MemoryStream(Saved()));
        var text = "Heart failure pearl: SGLT2 inhibitors cut HF hospitalisation in HFrEF and HFpEF. #CardioTwitter";

        var expected = fixture.Classifier.Classify(text);
        var actual = loaded.Classify(text);

        Assert.Equal(expected.Topics, actual.Topics);
        Assert.Equal(expected.Credibility.Score, actual.Credibility.Score);
        Assert.Equal(fixture.Classifier.Model.TopicThresholds, loaded.Model.TopicThresholds);
    }

    private byte[] Saved()
    {
        var stream = new MemoryStream();
        fixture.Model.Save(stream);
        return stream.ToArray();
    }
}
