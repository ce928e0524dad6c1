using MedEd.Classification.Training;

namespace MedEd.Classification.Tests.Training;

[Collection(SmallModelGroup.Name)]
public sealed class ClassifierTrainerTests(SmallModelFixture fixture)
{
    [Fact]
    public void Train_SameDataAndSeed_GivesIdenticalProbabilities()
    {
        var posts = fixture.Train.Take(300).ToArray();
        var options = new TrainerOptions { Seed = 11, ModelVersion = "t" };

        var a = ClassifierTrainer.Train(posts, null, options).ToClassifier(new ClassifierOptions { IncludeAllTopicProbabilities = true });
        var b = ClassifierTrainer.Train(posts, null, options).ToClassifier(new ClassifierOptions { IncludeAllTopicProbabilities = true });

        Assert.Equal(a.Model.TopicThresholds, b.Model.TopicThresholds);
        foreach (var p in fixture.Dev.Take(40))
        {
            var ra = a.Classify(p.Text);
            var rb = b.Classify(p.Text);
            Assert.Equal(ra.AllTopicProbabilities, rb.AllTopicProbabilities);
            Assert.Equal(ra.ContentTypeProbabilities, rb.ContentTypeProbabilities);
            Assert.Equal(ra.Credibility.BandProbabilities, rb.Credibility.BandProbabilities);
        }
    }

    [Fact]
    public void Train_WithDev_ChoosesThresholdsAndReportsDevMetrics()
    {
        Assert.NotNull(fixture.Model.DevReport);
        Assert.Equal(fixture.Dev.Count, fixture.Model.DevReport!.Posts);
        Assert.All(fixture.Model.Info.TopicThresholds, t => Assert.InRange(t, 0.05f, 0.95f));
    }

    [Fact]
    public void Train_LabelWithTooFewPosts_ThrowsInvalidDataNamingIt()
    {
        var posts = fixture.Train.Take(200).Append(new LabeledPost("x1", "a post about a rare label") { ContentType = "teaching", Credibility = "reliable", Topics = ["rare-topic"] }).ToArray();

        var e = Assert.Throws<InvalidDataException>(() => ClassifierTrainer.Train(posts));

        Assert.Contains("'rare-topic'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_OptionOutOfRange_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>("CharNgramLength", () => ClassifierTrainer.Train(fixture.Train, null, new TrainerOptions { CharNgramLength = 9 }));
    }

    [Fact]
    public void Train_Cancelled_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ClassifierTrainer.Train(fixture.Train.Take(200).ToArray(), null, null, null, cts.Token));
    }

    [Fact]
    public void Save_WriterFails_LeavesThePreviousFileIntact()
    {
        var folder = Directory.CreateTempSubdirectory("meded-save-");
        var path = Path.Combine(folder.FullName, "model.zip");
        File.WriteAllText(path, "previous model");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.WriteByte(1);
            throw new InvalidOperationException("disk full");
        }));

        Assert.Equal("previous model", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.FullName));
        folder.Delete(recursive: true);
    }

    [Fact]
    public void Save_Path_WritesALoadableModel()
    {
        var folder = Directory.CreateTempSubdirectory("meded-save-");
        var path = Path.Combine(folder.FullName, "sub", "model.zip");

        fixture.Model.Save(path);
        var loaded = PostClassifier.Load(path);

        Assert.Equal(fixture.Model.Info.Topics, loaded.Model.Topics);
        folder.Delete(recursive: true);
    }
}
