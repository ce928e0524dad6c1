using MedEd.Classification.Model;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace MedEd.Classification.Training;

/// <summary>
/// The stacked credibility head: FastTree (one-versus-all, Platt-calibrated) over the linear text
/// models' out-of-fold band and content-type probabilities and the signal features. Trees can
/// learn interactions a linear model cannot (a cited DOI matters less in a post full of hype).
/// </summary>
internal sealed class StackedCredibility(TrainerOptions options, LabelSets labels, int signalCount)
{
    private const int Folds = 3;

    public delegate MulticlassPredictionTransformer<MaximumEntropyModelParameters> ClassFitter(
        MLContext ml, IReadOnlyList<TrainingRow> rows, VBuffer<float>[] features, VectorDataViewType type, Func<TrainingRow, int> label, int classes);

    public ITransformer Fit(MLContext ml, IReadOnlyList<TrainingRow> rows, VBuffer<float>[] features, VectorDataViewType type, ClassFitter fitClass, CancellationToken ct)
    {
        var bands = labels.CredibilityBands.Count;
        var types = labels.ContentTypes.Count;
        var width = bands + types + signalCount;
        var stack = new float[rows.Count][];
        var order = Enumerable.Range(0, rows.Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        var fold = new int[rows.Count];
        for (var k = 0; k < order.Length; k++)
        {
            fold[order[k]] = k % Folds;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            stack[i] = new float[width];
            Array.Copy(rows[i].Signals, 0, stack[i], bands + types, signalCount);
        }

        Parallel.For(0, Folds * 2, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            var f = job / 2;
            var credibility = job % 2 == 0;
            var foldMl = new MLContext(options.Seed);
            var trainIdx = Enumerable.Range(0, rows.Count).Where(i => fold[i] != f).ToArray();
            var heldIdx = Enumerable.Range(0, rows.Count).Where(i => fold[i] == f).ToArray();
            var head = fitClass(
                foldMl,
                [.. trainIdx.Select(i => rows[i])],
                [.. trainIdx.Select(i => features[i])],
                type,
                credibility ? r => r.Credibility : r => r.ContentType,
                credibility ? bands : types);
            var scores = Predict(foldMl, head, [.. heldIdx.Select(i => features[i])], type);
            for (var k = 0; k < heldIdx.Length; k++)
            {
                Array.Copy(scores[k], 0, stack[heldIdx[k]], credibility ? 0 : bands, scores[k].Length);
            }
        });

        var data = rows.Select((r, i) => new StackRow { StackFeatures = stack[i], Label = (uint)r.Credibility }).ToArray();
        var schema = SchemaDefinition.Create(typeof(StackRow));
        schema[nameof(StackRow.StackFeatures)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        schema[nameof(StackRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), bands);
        var view = ml.Data.LoadFromEnumerable(data, schema);
        var trees = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            FeatureColumnName = ModelColumns.StackFeatures,
            NumberOfTrees = 100,
            NumberOfLeaves = 12,
            MinimumExampleCountPerLeaf = 20,
            LearningRate = 0.1,
            NumberOfThreads = 1,
        });
        return ml.MulticlassClassification.Trainers.OneVersusAll(trees, useProbabilities: true).Fit(view);
    }

    private static float[][] Predict(MLContext ml, ITransformer head, VBuffer<float>[] features, VectorDataViewType type)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = type;
        var view = ml.Data.LoadFromEnumerable(features.Select(f => new FeatureRow { Features = f }), schema);
        return [.. ml.Data.CreateEnumerable<ScoreRow>(head.Transform(view), reuseRowObject: false).Select(r => r.Score)];
    }
}
