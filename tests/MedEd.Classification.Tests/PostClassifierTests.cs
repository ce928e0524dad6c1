namespace MedEd.Classification.Tests;

[Collection(SmallModelGroup.Name)]
public sealed class PostClassifierTests(SmallModelFixture fixture)
{
    private readonly PostClassifier _classifier = fixture.Classifier;

    [Fact]
    public void Classify_NullText_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("text", () => _classifier.Classify((string)null!));
    }

    [Fact]
    public void Classify_NullPost_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("post", () => _classifier.Classify((Post)null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void Classify_EmptyOrWhitespace_ReturnsValidResultWithNoTopics(string text)
    {
        var result = _classifier.Classify(text);

        Assert.Empty(result.Topics);
        Assert.Contains(result.ContentType, _classifier.Model.ContentTypes);
        Assert.Contains(result.Credibility.Band, _classifier.Model.CredibilityBands);
        Assert.InRange(result.Credibility.Score, 0, 100);
        Assert.False(result.Truncated);
    }

    [Fact]
    public void Classify_TextLongerThanLimit_TruncatesAndFlagsIt()
    {
        var classifier = fixture.Model.ToClassifier(new ClassifierOptions { MaxTextLength = 200 });
        var head = "New phase 3 RCT in AML: venetoclax plus azacitidine improved median OS (HR 0.66). ";
        var text = head + new string('x', 5_000);

        var result = classifier.Classify(text);
        var sameStart = classifier.Classify(text[..200]);

        Assert.True(result.Truncated);
        Assert.False(sameStart.Truncated);
        Assert.Equal(sameStart.Topics, result.Topics);
        Assert.Equal(sameStart.Credibility.Score, result.Credibility.Score);
    }

    [Fact]
    public void Classify_TextLongerThanLimitWithThrowOption_ThrowsArgumentOutOfRange()
    {
        var classifier = fixture.Model.ToClassifier(new ClassifierOptions { MaxTextLength = 100, LongText = LongTextBehavior.Throw });

        var e = Assert.Throws<ArgumentOutOfRangeException>("text", () => classifier.Classify(new string('a', 101)));

        Assert.Contains("limit is 100", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_DefaultLimit_AcceptsAMegabyteAndTruncatesIt()
    {
        var result = _classifier.Classify(new string('é', 1_000_000));

        Assert.True(result.Truncated);
        Assert.Equal(10_000, _classifier.Options.MaxTextLength);
    }

    [Fact]
    public void Load_OptionOutOfRange_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>("MaxTextLength", () => fixture.Model.ToClassifier(new ClassifierOptions { MaxTextLength = 0 }));
    }

    [Fact]
    public void Classify_TopicsAboveThreshold_AreOrderedByProbability()
    {
        var classifier = fixture.Model.ToClassifier(new ClassifierOptions { IncludeAllTopicProbabilities = true });

        var result = classifier.Classify("#HemeTwitter AML tweetorial 🧵 1/ venetoclax + azacitidine in older adults with leukemia, what the VIALE-A trial showed");

        Assert.NotEmpty(result.Topics);
        Assert.Equal(result.Topics.OrderByDescending(t => t.Probability), result.Topics);
        Assert.Equal(classifier.Model.Topics.Count, result.AllTopicProbabilities.Count);
        foreach (var topic in result.Topics)
        {
            var index = classifier.Model.Topics.ToList().IndexOf(topic.Label);
            Assert.True(topic.Probability >= classifier.Model.TopicThresholds[index]);
        }
    }

    [Fact]
    public void Classify_PostWithDoi_ReportsSignalWithSpanIntoText()
    {
        var text = "Out today: doi.org/10.1056/NEJMoa2034577 shows the vaccine works.";

        var result = _classifier.Classify(text);

        var signal = Assert.Single(result.Credibility.Signals, s => s.Id == SignalIds.CitesPeerReviewed);
        Assert.Equal(SignalPolarity.Positive, signal.Polarity);
        foreach (var e in signal.Evidence)
        {
            Assert.Equal(e.Text, text.Substring(e.Start, e.Length));
        }
    }

    [Fact]
    public void Classify_AuthorWithCredentials_ReportsAuthorSignalFromBio()
    {
        var post = new Post("Statins are well tolerated by most people.") { AuthorBio = "Cardiologist, MD, Mayo Clinic" };

        var result = _classifier.Classify(post);

        var signal = Assert.Single(result.Credibility.Signals, s => s.Id == SignalIds.AuthorCredentials);
        Assert.All(signal.Evidence, e => Assert.Equal(TextSource.AuthorBio, e.Source));
        Assert.All(signal.Evidence, e => Assert.Equal(e.Text, post.AuthorBio!.Substring(e.Start, e.Length)));
    }

    [Fact]
    public void Classify_PostTimeAndOldCitedYear_ReportsOutdatedReference()
    {
        var text = "Still following the 2015 guideline here, and the 2023 update.";
        var post = new Post(text) { CreatedAt = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero) };

        var dated = _classifier.Classify(post);
        var undated = _classifier.Classify(text);

        var signal = Assert.Single(dated.Credibility.Signals, s => s.Id == SignalIds.OutdatedReference);
        Assert.Equal(SignalPolarity.Negative, signal.Polarity);
        Assert.Equal("2015", Assert.Single(signal.Evidence).Text);
        Assert.DoesNotContain(undated.Credibility.Signals, s => s.Id == SignalIds.OutdatedReference);
    }

    [Fact]
    public void ClassifyBatch_ManyThreads_GivesTheSequentialResults()
    {
        var posts = fixture.Dev.Select(p => new Post(p.Text)).ToArray();
        var sequential = posts.Select(_classifier.Classify).ToArray();

        var parallel = new ClassificationResult[posts.Length];
        Parallel.For(0, posts.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i % posts.Length] = _classifier.Classify(posts[i % posts.Length]));
        var batch = _classifier.ClassifyBatch(posts);

        for (var i = 0; i < posts.Length; i++)
        {
            AssertSame(sequential[i], parallel[i]);
            AssertSame(sequential[i], batch[i]);
        }
    }

    [Fact]
    public void Explain_ClearPost_ListsContributionsForEveryPredictedLabel()
    {
        var explanation = _classifier.Explain(new Post("Tweetorial 🧵 on AML: venetoclax + azacitidine for older adults #HemeTwitter #MedEd"), top: 5);

        var result = explanation.Result;
        Assert.Equal(result.Topics.Count + 2, explanation.Labels.Count);
        Assert.Equal(result.Topics.Select(t => t.Label), explanation.Labels.Where(l => l.Head == "topic").Select(l => l.Label));
        Assert.Equal(result.ContentType, explanation.Labels.Single(l => l.Head == "content-type").Label);
        Assert.All(explanation.Labels, l => Assert.InRange(l.Contributions.Count, 1, 5));
        Assert.All(explanation.Labels, l => Assert.Equal(l.Contributions.OrderByDescending(c => Math.Abs(c.Contribution)), l.Contributions));
        Assert.Contains(explanation.Labels.SelectMany(l => l.Contributions), c => c.Feature.StartsWith("word:", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_TopOutOfRange_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>("top", () => _classifier.Explain(new Post("x"), top: 0));
    }

    [Fact]
    public void ClassifyBatch_NullPost_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("posts", () => _classifier.ClassifyBatch([new Post("ok"), null!]));
    }

    [Fact]
    public void ClassifyBatch_Cancelled_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => _classifier.ClassifyBatch([new Post("a"), new Post("b")], cts.Token));
    }

    private static void AssertSame(ClassificationResult expected, ClassificationResult actual)
    {
        Assert.Equal(expected.Topics, actual.Topics);
        Assert.Equal(expected.ContentTypeProbabilities, actual.ContentTypeProbabilities);
        Assert.Equal(expected.Credibility.BandProbabilities, actual.Credibility.BandProbabilities);
        Assert.Equal(expected.Credibility.Score, actual.Credibility.Score);
        Assert.Equal(expected.Credibility.Signals.Select(s => s.Id), actual.Credibility.Signals.Select(s => s.Id));
    }
}
