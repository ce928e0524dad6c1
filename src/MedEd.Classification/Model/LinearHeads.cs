using System.Text;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace MedEd.Classification.Model;

/// <summary>
/// The trained weights of every linear head and the names of the features they weigh, read from
/// the ML.NET pipeline itself: what the explanations are computed from.
/// </summary>
internal sealed class LinearHeads
{
    private LinearHeads(ITransformer featurizer, string[] featureNames, float[][] topicWeights, float[][] contentWeights, float[][] credibilityWeights)
    {
        Featurizer = featurizer;
        FeatureNames = featureNames;
        TopicWeights = topicWeights;
        ContentTypeWeights = contentWeights;
        CredibilityWeights = credibilityWeights;
    }

    public ITransformer Featurizer { get; }

    public string[] FeatureNames { get; }

    public float[][] TopicWeights { get; }

    public float[][] ContentTypeWeights { get; }

    public float[][] CredibilityWeights { get; }

    public static LinearHeads Read(ModelBundle bundle)
    {
        var chain = (TransformerChain<ITransformer>)bundle.Pipeline;
        var parts = chain.ToArray();
        var featurizer = parts[0];
        var topics = new List<float[]>();
        var classHeads = new List<float[][]>();
        foreach (var part in parts)
        {
            switch (part)
            {
                case BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> binary:
                    topics.Add([.. binary.Model.SubModel.Weights]);
                    break;
                case MulticlassPredictionTransformer<MaximumEntropyModelParameters> multi:
                    VBuffer<float>[] weights = [];
                    multi.Model.GetWeights(ref weights, out _);
                    classHeads.Add([.. weights.Select(w => w.DenseValues().ToArray())]);
                    break;
            }
        }

        if (topics.Count != bundle.Manifest.Topics.Count || classHeads.Count != 2)
        {
            throw new InvalidDataException("The model's heads are not the linear heads this library explains.");
        }

        return new LinearHeads(featurizer, Names(featurizer, bundle), [.. topics], classHeads[0], classHeads[1]);
    }

    private static string[] Names(ITransformer featurizer, ModelBundle bundle)
    {
        var column = featurizer.GetOutputSchema(bundle.InputSchema)[ModelColumns.Features];
        var size = ((VectorDataViewType)column.Type).Size;
        VBuffer<ReadOnlyMemory<char>> slotNames = default;
        column.GetSlotNames(ref slotNames);
        var names = new string[size];
        var i = 0;
        foreach (var name in slotNames.DenseValues())
        {
            names[i++] = Pretty(name.ToString());
        }

        // The signal and term-list features come last and carry no slot names.
        var tail = bundle.Manifest.SignalFeatures.Select(s => "signal:" + s).Concat(bundle.Manifest.LexiconFeatures.Select(t => "terms:" + t)).ToArray();
        Array.Copy(tail, 0, names, size - tail.Length, tail.Length);
        return names;
    }

    private static string Pretty(string slot)
    {
        const string word = "TextFeatures.Word.";
        const string chars = "TextFeatures.Char.";
        if (slot.StartsWith(word, StringComparison.Ordinal))
        {
            return "word:" + slot[word.Length..].Replace('|', ' ');
        }

        if (slot.StartsWith(chars, StringComparison.Ordinal))
        {
            var sb = new StringBuilder("char:");
            foreach (var piece in slot[chars.Length..].Split('|'))
            {
                sb.Append(piece is "<␠>" or "<␂>" or "<␃>" ? "_" : piece);
            }

            return sb.ToString();
        }

        return slot;
    }

    /// <summary>The features of one post, as the heads see them.</summary>
    public VBuffer<float> Features(MLContext ml, ModelInput input, Microsoft.ML.Data.SchemaDefinition schema)
    {
        var view = Featurizer.Transform(ml.Data.LoadFromEnumerable([input], schema));
        using var cursor = view.GetRowCursor(view.Schema.Where(c => c.Name == ModelColumns.Features));
        var getter = cursor.GetGetter<VBuffer<float>>(view.Schema[ModelColumns.Features]);
        VBuffer<float> features = default;
        cursor.MoveNext();
        getter(ref features);
        return features;
    }

    public static FeatureContribution[] Top(float[] weights, VBuffer<float> features, string[] names, int count)
    {
        var indices = features.GetIndices();
        var values = features.GetValues();
        var all = new List<FeatureContribution>(values.Length);
        for (var k = 0; k < values.Length; k++)
        {
            var slot = features.IsDense ? k : indices[k];
            var c = weights[slot] * values[k];
            if (c != 0)
            {
                all.Add(new FeatureContribution(names[slot], c));
            }
        }

        all.Sort((a, b) => Math.Abs(b.Contribution).CompareTo(Math.Abs(a.Contribution)));
        return [.. all.Take(count)];
    }
}
