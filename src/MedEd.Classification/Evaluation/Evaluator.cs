using MedEd.Classification.Training;

namespace MedEd.Classification.Evaluation;

/// <summary>Scores a classifier against labelled posts.</summary>
public static class Evaluator
{
    private const int Bins = 10;

    /// <summary>Classifies <paramref name="posts"/> and compares the predictions with their gold labels.</summary>
    /// <param name="classifier">The classifier to evaluate.</param>
    /// <param name="posts">Labelled posts.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Per-label and averaged metrics of every head, and of the signal detectors where gold signals exist.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidDataException">A post carries a label the model does not know; the message names it.</exception>
    public static EvaluationReport Evaluate(PostClassifier classifier, IReadOnlyList<LabeledPost> posts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(posts);
        CheckLabels(classifier.Model, posts);
        var results = classifier.ClassifyBatch([.. posts.Select(ClassifierTrainer.ToPost)], cancellationToken);
        var withSignals = Enumerable.Range(0, posts.Count).Where(i => posts[i].Signals is not null).ToArray();
        return new EvaluationReport
        {
            Posts = posts.Count,
            Topics = Multi(classifier.Model.Topics, posts.Select(p => p.Topics), results.Select(r => r.Topics.Select(t => t.Label))),
            ContentType = Single(classifier.Model.ContentTypes, posts, results, p => p.ContentType, r => r.ContentTypeProbabilities),
            Credibility = Single(classifier.Model.CredibilityBands, posts, results, p => p.Credibility, r => r.Credibility.BandProbabilities),
            Signals = withSignals.Length == 0
                ? null
                : Multi(
                    SignalIds.TextSignals,
                    withSignals.Select(i => (IEnumerable<string>)posts[i].Signals!),
                    withSignals.Select(i => results[i].Credibility.Signals.Select(s => s.Id))),
        };
    }

    private static void CheckLabels(ModelInfo model, IReadOnlyList<LabeledPost> posts)
    {
        foreach (var p in posts)
        {
            var unknown = p.Topics.FirstOrDefault(t => !model.Topics.Contains(t))
                ?? (p.ContentType is { } c && !model.ContentTypes.Contains(c) ? c : null)
                ?? (p.Credibility is { } b && !model.CredibilityBands.Contains(b) ? b : null);
            if (unknown is not null)
            {
                throw new InvalidDataException(
                    $"{p.Source ?? p.Id}: label '{unknown}' is not one the model predicts. Evaluate with data labelled in the model's label set (see ModelInfo).");
            }
        }
    }

    private static MultiLabelMetrics Multi(IReadOnlyList<string> labels, IEnumerable<IEnumerable<string>> gold, IEnumerable<IEnumerable<string>> predicted)
    {
        var support = new int[labels.Count];
        var pred = new int[labels.Count];
        var tp = new int[labels.Count];
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        foreach (var (g, p) in gold.Zip(predicted))
        {
            var gs = g.Where(index.ContainsKey).Select(l => index[l]).ToHashSet();
            var ps = p.Where(index.ContainsKey).Select(l => index[l]).ToHashSet();
            foreach (var i in gs)
            {
                support[i]++;
            }

            foreach (var i in ps)
            {
                pred[i]++;
                if (gs.Contains(i))
                {
                    tp[i]++;
                }
            }
        }

        return new MultiLabelMetrics([.. labels.Select((l, i) => new LabelMetrics(l, support[i], pred[i], tp[i]))]);
    }

    private static SingleLabelMetrics? Single(
        IReadOnlyList<string> labels,
        IReadOnlyList<LabeledPost> posts,
        IReadOnlyList<ClassificationResult> results,
        Func<LabeledPost, string?> gold,
        Func<ClassificationResult, IReadOnlyList<LabelScore>> ranked)
    {
        var n = labels.Count;
        var confusion = new int[n][];
        for (var i = 0; i < n; i++)
        {
            confusion[i] = new int[n];
        }

        var binCount = new int[Bins];
        var binConfidence = new double[Bins];
        var binCorrect = new int[Bins];
        var any = false;
        for (var i = 0; i < posts.Count; i++)
        {
            if (gold(posts[i]) is not { } g)
            {
                continue;
            }

            any = true;
            var top = ranked(results[i])[0];
            var gi = labels.IndexOf(g);
            var pi = labels.IndexOf(top.Label);
            confusion[gi][pi]++;
            var bin = Math.Min(Bins - 1, (int)(top.Probability * Bins));
            binCount[bin]++;
            binConfidence[bin] += top.Probability;
            binCorrect[bin] += gi == pi ? 1 : 0;
        }

        if (!any)
        {
            return null;
        }

        var perLabel = labels.Select((l, i) => new LabelMetrics(
            l, confusion[i].Sum(), Enumerable.Range(0, n).Sum(g => confusion[g][i]), confusion[i][i])).ToArray();
        var bins = Enumerable.Range(0, Bins).Select(b => new ReliabilityBin(
            (double)b / Bins,
            (double)(b + 1) / Bins,
            binCount[b],
            binCount[b] == 0 ? 0 : binConfidence[b] / binCount[b],
            binCount[b] == 0 ? 0 : (double)binCorrect[b] / binCount[b])).ToArray();
        return new SingleLabelMetrics(perLabel, [.. confusion.Select(r => (IReadOnlyList<int>)r)], bins);
    }
}
