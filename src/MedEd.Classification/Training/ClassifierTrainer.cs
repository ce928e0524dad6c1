using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MedEd.Classification.Evaluation;
using MedEd.Classification.Model;
using MedEd.Classification.Signals;
using MedEd.Classification.Text;
using Microsoft.ML;

namespace MedEd.Classification.Training;

/// <summary>
/// The bundled trainer: trains every head of a model from labelled posts with a fixed seed. The
/// same posts and options always give the same model.
/// </summary>
public static class ClassifierTrainer
{
    /// <summary>The fewest posts a topic or class needs in the training data.</summary>
    public const int MinExamplesPerLabel = 3;

    /// <summary>
    /// Trains a model. Topic thresholds are chosen on <paramref name="dev"/> (each maximises that
    /// topic's F1), or by cross-validation on <paramref name="train"/> when no dev split is given;
    /// then the model is refitted on all training data.
    /// </summary>
    /// <param name="train">The training posts; each needs a content type and a credibility band.</param>
    /// <param name="dev">Posts for choosing thresholds and reporting dev metrics; null to use cross-validation.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="progress">Receives a line for each stage; null for none.</param>
    /// <param name="cancellationToken">Stops training; nothing is written.</param>
    /// <returns>The trained model, not yet saved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="train"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its valid range.</exception>
    /// <exception cref="InvalidDataException">The data cannot train a model (a label with too few posts, a post without a label); the message says which.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TrainedModel Train(
        IReadOnlyList<LabeledPost> train,
        IReadOnlyList<LabeledPost>? dev = null,
        TrainerOptions? options = null,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        options ??= new TrainerOptions();
        options.Validate();
        var all = dev is null ? train : [.. train, .. dev];
        var labels = LabelSets.From(train);
        CheckData(train, dev, labels);

        var detector = SignalDetector.Default;
        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"preparing {all.Count:N0} posts"));
        var trainRows = Prepare(train, labels, detector, options.UseLexicon);
        var trainer = new PipelineTrainer(options, labels, detector.FeatureIds.Count, Lexicon.Default.Categories.Count);

        float[] thresholds;
        EvaluationReport? devReport = null;
        CredibilityComparison? comparison = null;
        ModelBundle bundle;
        if (dev is not null)
        {
            progress?.Report("training on the train split");
            var fit = trainer.Fit(trainRows, options.CredibilityModel != CredibilityModelKind.Linear, cancellationToken);
            var first = Bundle(fit.Linear, labels, detector, options, Uniform(labels), all, CredibilityModelKind.Linear);
            progress?.Report("choosing topic thresholds on the dev split");
            var firstClassifier = PostClassifier.FromBundle(first, new ClassifierOptions { IncludeAllTopicProbabilities = true });
            thresholds = ThresholdTuner.Choose(firstClassifier, dev, labels.Topics, cancellationToken);
            var linear = first with { Manifest = first.Manifest with { TopicThresholds = thresholds } };
            devReport = Evaluator.Evaluate(PostClassifier.FromBundle(linear, null), dev, cancellationToken);
            var chosen = linear;
            if (fit.Stacked is not null)
            {
                progress?.Report("comparing the linear and the stacked (FastTree) credibility heads on the dev split");
                var stacked = Bundle(fit.Stacked, labels, detector, options, thresholds, all, CredibilityModelKind.Stacked);
                var stackedReport = Evaluator.Evaluate(PostClassifier.FromBundle(stacked, null), dev, cancellationToken);
                comparison = CredibilityComparison.From(devReport, stackedReport, options.CredibilityModel);
                if (comparison.Chosen == CredibilityModelKind.Stacked)
                {
                    chosen = stacked;
                    devReport = stackedReport;
                }
            }

            if (options.RefitOnDev)
            {
                progress?.Report("refitting on train + dev");
                var kind = chosen.Manifest.CredibilityModel;
                var refit = trainer.Fit([.. trainRows, .. Prepare(dev, labels, detector, options.UseLexicon)], kind == CredibilityModelKind.Stacked, cancellationToken);
                bundle = Bundle(refit.Stacked ?? refit.Linear, labels, detector, options, thresholds, all, kind);
            }
            else
            {
                bundle = chosen;
            }
        }
        else
        {
            // Without a dev split there is nothing to compare the heads on: Auto means linear.
            var kind = options.CredibilityModel == CredibilityModelKind.Stacked ? CredibilityModelKind.Stacked : CredibilityModelKind.Linear;
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"choosing topic thresholds by {options.ThresholdFolds}-fold cross-validation"));
            thresholds = CrossValidatedThresholds(train, trainRows, trainer, labels, detector, options, cancellationToken);
            progress?.Report("training on all posts");
            var fit = trainer.Fit(trainRows, kind == CredibilityModelKind.Stacked, cancellationToken);
            bundle = Bundle(fit.Stacked ?? fit.Linear, labels, detector, options, thresholds, all, kind);
        }

        return new TrainedModel(bundle, devReport, comparison);
    }

    private static float[] CrossValidatedThresholds(
        IReadOnlyList<LabeledPost> train, TrainingRow[] rows, PipelineTrainer trainer, LabelSets labels, SignalDetector detector, TrainerOptions options, CancellationToken ct)
    {
        var folds = options.ThresholdFolds;
        var order = Enumerable.Range(0, train.Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        var outOfFold = new List<(LabeledPost Post, ClassificationResult Result)>(train.Count);
        for (var f = 0; f < folds; f++)
        {
            var held = order.Where((_, k) => k % folds == f).ToArray();
            var heldSet = held.ToHashSet();
            var fit = trainer.Fit([.. Enumerable.Range(0, rows.Length).Where(i => !heldSet.Contains(i)).Select(i => rows[i])], false, ct);
            var classifier = PostClassifier.FromBundle(
                Bundle(fit.Linear, labels, detector, options, Uniform(labels), train, CredibilityModelKind.Linear),
                new ClassifierOptions { IncludeAllTopicProbabilities = true });
            var heldPosts = held.Select(i => train[i]).ToArray();
            var results = classifier.ClassifyBatch([.. heldPosts.Select(ToPost)], ct);
            for (var i = 0; i < heldPosts.Length; i++)
            {
                outOfFold.Add((heldPosts[i], results[i]));
            }
        }

        return ThresholdTuner.Choose(outOfFold, labels.Topics);
    }

    internal static Post ToPost(LabeledPost p) => new(p.Text) { AuthorHandle = p.AuthorHandle, AuthorBio = p.AuthorBio, CreatedAt = p.CreatedAt };

    private static float[] Uniform(LabelSets labels) => Enumerable.Repeat(0.5f, labels.Topics.Count).ToArray();

    private static ModelBundle Bundle(
        ITransformer pipeline, LabelSets labels, SignalDetector detector, TrainerOptions options, float[] thresholds, IReadOnlyList<LabeledPost> data, CredibilityModelKind credibilityModel)
    {
        var ml = new MLContext(options.Seed);
        var schema = ModelInput.ToDataView<ModelInput>(ml, [], detector.FeatureIds.Count, Lexicon.Default.Categories.Count).Schema;
        var manifest = new ModelManifest
        {
            ModelVersion = options.ModelVersion ?? DateTimeOffset.UtcNow.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture),
            Normalizer = TextNormalizer.Version,
            SignalFeatures = detector.FeatureIds,
            LexiconFeatures = Lexicon.Default.Categories,
            LexiconSha256 = options.UseLexicon ? Lexicon.Default.Sha256 : null,
            Topics = labels.Topics,
            TopicThresholds = thresholds,
            ContentTypes = labels.ContentTypes,
            CredibilityBands = labels.CredibilityBands,
            CredibilityValues = [.. labels.CredibilityBands.Select(BandValue)],
            CredibilityModel = credibilityModel,
            Seed = options.Seed,
            DataSha256 = DataHash(data),
            MlNetVersion = MlNetVersion(),
            TrainedAt = DateTimeOffset.UtcNow,
        };
        return new ModelBundle(pipeline, schema, manifest);
    }

    /// <summary>The ML.NET package version (its assemblies all carry the assembly version 1.0.0.0).</summary>
    internal static string? MlNetVersion() =>
        typeof(MLContext).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0];

    private static float BandValue(string band) => band switch
    {
        CredibilityBands.Reliable => 1f,
        CredibilityBands.Unverified => 0.5f,
        CredibilityBands.Misleading => 0f,
        _ => 0.5f,
    };

    /// <summary>SHA-256 over the posts' ids, texts and labels in order: the identity of the training data.</summary>
    internal static string DataHash(IReadOnlyList<LabeledPost> posts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var p in posts)
        {
            var line = string.Join('\u001f', p.Id, p.Text, string.Join(',', p.Topics), p.ContentType, p.Credibility) + "\n";
            sha.AppendData(Encoding.UTF8.GetBytes(line));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    internal static TrainingRow[] Prepare(IReadOnlyList<LabeledPost> posts, LabelSets labels, SignalDetector detector, bool useLexicon)
    {
        var extractor = new FeatureExtractor(detector, useLexicon);
        var rows = new TrainingRow[posts.Count];
        Parallel.For(0, posts.Count, i =>
        {
            var p = posts[i];
            var (input, _) = extractor.Extract(p.Text, p.AuthorHandle, p.AuthorBio, p.CreatedAt);
            var topics = new bool[labels.Topics.Count];
            for (var t = 0; t < topics.Length; t++)
            {
                topics[t] = p.Topics.Contains(labels.Topics[t], StringComparer.Ordinal);
            }

            rows[i] = new TrainingRow
            {
                Text = input.Text,
                Signals = input.Signals,
                Lexicon = input.Lexicon,
                TopicLabels = topics,
                ContentType = p.ContentType is null ? -1 : labels.ContentTypes.IndexOf(p.ContentType),
                Credibility = p.Credibility is null ? -1 : labels.CredibilityBands.IndexOf(p.Credibility),
            };
        });
        return rows;
    }

    private static void CheckData(IReadOnlyList<LabeledPost> train, IReadOnlyList<LabeledPost>? dev, LabelSets labels)
    {
        foreach (var p in train)
        {
            if (p.ContentType is null || p.Credibility is null)
            {
                throw new InvalidDataException($"{p.Source ?? p.Id}: every training post needs a content type and a credibility band.");
            }
        }

        CheckCounts(train.SelectMany(p => p.Topics), labels.Topics, "topic", train.Count, multiLabel: true);
        CheckCounts(train.Select(p => p.ContentType!), labels.ContentTypes, "content type", train.Count, multiLabel: false);
        CheckCounts(train.Select(p => p.Credibility!), labels.CredibilityBands, "credibility band", train.Count, multiLabel: false);
        if (labels.ContentTypes.Count < 2 || labels.CredibilityBands.Count < 2)
        {
            throw new InvalidDataException("The training data must use at least two content types and two credibility bands.");
        }

        foreach (var p in dev ?? [])
        {
            var unknown = p.Topics.FirstOrDefault(t => !labels.Topics.Contains(t, StringComparer.Ordinal))
                ?? (p.ContentType is { } c && !labels.ContentTypes.Contains(c, StringComparer.Ordinal) ? c : null)
                ?? (p.Credibility is { } b && !labels.CredibilityBands.Contains(b, StringComparer.Ordinal) ? b : null);
            if (unknown is not null)
            {
                throw new InvalidDataException($"{p.Source ?? p.Id}: label '{unknown}' does not occur in the training data.");
            }
        }
    }

    private static void CheckCounts(IEnumerable<string> used, IReadOnlyList<string> labels, string what, int total, bool multiLabel)
    {
        var counts = used.CountBy(l => l, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var n = counts.GetValueOrDefault(label);
            if (n < MinExamplesPerLabel || (multiLabel && total - n < MinExamplesPerLabel))
            {
                throw new InvalidDataException(
                    string.Create(CultureInfo.InvariantCulture, $"The {what} '{label}' has {n} training posts; every {what} needs at least {MinExamplesPerLabel} (and {MinExamplesPerLabel} without it). Add posts or remove the label."));
            }
        }
    }
}
