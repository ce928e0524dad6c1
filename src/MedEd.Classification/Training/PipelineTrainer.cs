using MedEd.Classification.Model;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace MedEd.Classification.Training;

/// <summary>
/// Fits the whole ML.NET pipeline on prepared rows: one text featuriser shared by every head, an
/// independent logistic regression per topic (multi-label: ML.NET has no multi-label trainer, and
/// one-versus-all would make the topics compete), and a maximum-entropy model for the content
/// type and for the credibility band. Every trainer runs single-threaded with a fixed seed, so
/// the same rows give the same model; heads are trained in parallel with each other.
/// </summary>
internal sealed class PipelineTrainer(TrainerOptions options, LabelSets labels, int signalCount, int lexiconCount)
{
    /// <summary>
    /// Fits the pipeline. With <paramref name="stacked"/>, also returns the same pipeline with a
    /// stacked credibility head: gradient-boosted trees (FastTree) over the linear text model's
    /// band probabilities, the content-type probabilities and the signal features, trained on
    /// out-of-fold predictions so that the trees do not learn from over-confident scores.
    /// </summary>
    public PipelineFit Fit(IReadOnlyList<TrainingRow> rows, bool stacked, CancellationToken cancellationToken)
    {
        var ml = new MLContext(options.Seed);
        var input = ModelInput.ToDataView<ModelInput>(ml, rows, signalCount, lexiconCount);
        var featurizer = Featurizer(ml).Fit(input);
        var featurized = featurizer.Transform(input);
        var featureType = (VectorDataViewType)featurized.Schema[ModelColumns.Features].Type;
        var features = Materialize(ml, featurized);
        var (topicFeatures, topicRows) = options.TermListCopies ? WithTermListCopies(ml, featurizer, rows, features) : (features, rows);

        var topicHeads = new ITransformer[labels.Topics.Count];
        ITransformer? contentHead = null;
        ITransformer? credibilityHead = null;
        var jobs = labels.Topics.Count + 2;
        Parallel.For(
            0,
            jobs,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            job =>
            {
                var headMl = new MLContext(options.Seed);
                if (job < labels.Topics.Count)
                {
                    topicHeads[job] = FitTopic(headMl, topicRows, topicFeatures, featureType, job);
                }
                else if (job == labels.Topics.Count)
                {
                    contentHead = FitClass(headMl, rows, features, featureType, r => r.ContentType, labels.ContentTypes.Count);
                }
                else
                {
                    credibilityHead = FitClass(headMl, rows, features, featureType, r => r.Credibility, labels.CredibilityBands.Count);
                }
            });

        var sample = ModelInput.ToDataView<ModelInput>(ml, rows.Take(2), signalCount, lexiconCount);
        var linear = Assemble(ml, featurizer, topicHeads, contentHead!, credibilityHead!, null, sample);
        if (!stacked)
        {
            return new PipelineFit(linear, null);
        }

        var stack = new StackedCredibility(options, labels, signalCount).Fit(ml, rows, features, featureType, FitClass, cancellationToken);
        return new PipelineFit(linear, Assemble(ml, featurizer, topicHeads, contentHead!, credibilityHead!, stack, sample));
    }

    private static VBuffer<float>[] Materialize(MLContext ml, IDataView featurized) =>
        [.. ml.Data.CreateEnumerable<FeatureRow>(featurized, reuseRowObject: false).Select(r => r.Features)];

    /// <summary>
    /// Adds, for every post whose text names a term of the curated lists, a copy that keeps only
    /// the term-list features, for the topic heads. Without it the heads spread their weight over
    /// the many n-grams that co-occur with a term, and trust the term lists too little on text
    /// worded unlike the corpus (a journal title, a news headline).
    /// </summary>
    private (VBuffer<float>[] Features, IReadOnlyList<TrainingRow> Rows) WithTermListCopies(
        MLContext ml, ITransformer featurizer, IReadOnlyList<TrainingRow> rows, VBuffer<float>[] features)
    {
        var copies = new List<TrainingRow>();
        foreach (var row in rows)
        {
            if (Array.Exists(row.Lexicon, v => v > 0))
            {
                copies.Add(new TrainingRow { Text = "", Signals = new float[signalCount], Lexicon = row.Lexicon, TopicLabels = row.TopicLabels });
            }
        }

        var copyFeatures = Materialize(ml, featurizer.Transform(ModelInput.ToDataView<ModelInput>(ml, copies, signalCount, lexiconCount)));
        return ([.. features, .. copyFeatures], [.. rows, .. copies]);
    }

    private EstimatorChain<ColumnConcatenatingTransformer> Featurizer(MLContext ml)
    {
        var text = new TextFeaturizingEstimator.Options
        {
            // The normaliser has already folded case, dropped punctuation and marked URLs,
            // mentions, hashtags, emoji and numbers; no stop words are removed, because the stock
            // English list deletes "no", "not" and "without".
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = false,
            KeepPunctuations = true,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.WordNgramLength, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.CharNgramLength, UseAllLengths = false, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        return ml.Transforms.Text.FeaturizeText(ModelColumns.TextFeatures, text, ModelColumns.Text)
            .Append(ml.Transforms.Concatenate(ModelColumns.Features, ModelColumns.TextFeatures, ModelColumns.Signals, ModelColumns.Lexicon));
    }

    private BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> FitTopic(MLContext ml, IReadOnlyList<TrainingRow> rows, VBuffer<float>[] features, VectorDataViewType featureType, int topic)
    {
        var data = new BinaryHeadRow[rows.Count];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = new BinaryHeadRow { Features = features[i], Label = rows[i].TopicLabels[topic] };
        }

        var schema = SchemaDefinition.Create(typeof(BinaryHeadRow));
        schema[nameof(BinaryHeadRow.Features)].ColumnType = featureType;
        var view = ml.Data.LoadFromEnumerable(data, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = options.TopicL2,
            L1Regularization = 0,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 300,
        });
        return trainer.Fit(view);
    }

    internal MulticlassPredictionTransformer<MaximumEntropyModelParameters> FitClass(MLContext ml, IReadOnlyList<TrainingRow> rows, VBuffer<float>[] features, VectorDataViewType featureType, Func<TrainingRow, int> label, int classes)
    {
        var data = new List<ClassHeadRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var l = label(rows[i]);
            if (l >= 0)
            {
                data.Add(new ClassHeadRow { Features = features[i], Label = (uint)l });
            }
        }

        var schema = SchemaDefinition.Create(typeof(ClassHeadRow));
        schema[nameof(ClassHeadRow.Features)].ColumnType = featureType;
        schema[nameof(ClassHeadRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), classes);
        var view = ml.Data.LoadFromEnumerable(data, schema);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = options.ClassL2,
            L1Regularization = 0,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 300,
        });
        return trainer.Fit(view);
    }

    private static TransformerChain<ITransformer> Assemble(
        MLContext ml, ITransformer featurizer, ITransformer[] topicHeads, ITransformer contentHead, ITransformer credibilityHead, ITransformer? stack, IDataView sample)
    {
        // Every head writes the same column names (Score, Probability, PredictedLabel); each
        // head's output is copied to a column of its own before the next head hides it.
        var parts = new List<ITransformer> { featurizer };
        var current = featurizer.Transform(sample);
        var topicColumns = new string[topicHeads.Length];
        for (var i = 0; i < topicHeads.Length; i++)
        {
            topicColumns[i] = ModelColumns.TopicProbability(i);
            Add(topicHeads[i]);
            Add(ml.Transforms.CopyColumns(topicColumns[i], "Probability").Fit(current));
        }

        Add(ml.Transforms.Concatenate(ModelColumns.TopicProbabilities, topicColumns).Fit(current));
        Add(contentHead);
        Add(ml.Transforms.CopyColumns(ModelColumns.ContentTypeScores, "Score").Fit(current));
        Add(credibilityHead);
        if (stack is not null)
        {
            Add(ml.Transforms.CopyColumns(ModelColumns.CredibilityTextScores, "Score").Fit(current));
            Add(ml.Transforms.Concatenate(ModelColumns.StackFeatures, ModelColumns.CredibilityTextScores, ModelColumns.ContentTypeScores, ModelColumns.Signals).Fit(current));
            Add(stack);
        }

        Add(ml.Transforms.CopyColumns(ModelColumns.CredibilityScores, "Score").Fit(current));
        return new TransformerChain<ITransformer>([.. parts]);

        void Add(ITransformer t)
        {
            parts.Add(t);
            current = t.Transform(current);
        }
    }
}
