using Microsoft.ML;

namespace MedEd.Classification.Model;

/// <summary>Explains a classification by the features that pushed each predicted label's score most, from the linear heads' weights.</summary>
internal sealed class Explainer(ModelBundle bundle, MLContext ml)
{
    private readonly Lazy<LinearHeads> _heads = new(() => LinearHeads.Read(bundle), LazyThreadSafetyMode.ExecutionAndPublication);

    public Explanation Explain(ClassificationResult result, ModelInput input, int top)
    {
        var manifest = bundle.Manifest;
        var heads = _heads.Value;
        var features = heads.Features(ml, input, ModelInput.Schema<ModelInput>(manifest.SignalFeatures.Count, manifest.LexiconFeatures.Count));
        var labels = new List<LabelExplanation>();
        foreach (var t in result.Topics)
        {
            labels.Add(Label("topic", t, heads.TopicWeights[manifest.Topics.IndexOf(t.Label)]));
        }

        var type = result.ContentTypeProbabilities[0];
        labels.Add(Label("content-type", type, heads.ContentTypeWeights[manifest.ContentTypes.IndexOf(type.Label)]));
        var band = result.Credibility.BandProbabilities[0];
        labels.Add(Label("credibility", band, heads.CredibilityWeights[manifest.CredibilityBands.IndexOf(band.Label)]));
        return new Explanation(result, labels);

        LabelExplanation Label(string head, LabelScore score, float[] weights) =>
            new(head, score.Label, score.Probability, LinearHeads.Top(weights, features, heads.FeatureNames, top));
    }
}
