namespace MedEd.Classification.Model;

/// <summary>Turns the model's raw outputs into an immutable <see cref="ClassificationResult"/>.</summary>
internal static class ResultBuilder
{
    public static ClassificationResult Build(
        ModelManifest manifest,
        ModelOutput output,
        IReadOnlyList<CredibilitySignal> signals,
        bool noTokens,
        bool truncated,
        bool includeAllTopics)
    {
        var topics = new List<LabelScore>();
        var all = includeAllTopics ? new LabelScore[manifest.Topics.Count] : [];
        for (var i = 0; i < manifest.Topics.Count; i++)
        {
            var p = output.TopicProbabilities[i];
            if (includeAllTopics)
            {
                all[i] = new LabelScore(manifest.Topics[i], p);
            }

            // A post without a single token carries no evidence of any topic.
            if (!noTokens && p >= manifest.TopicThresholds[i])
            {
                topics.Add(new LabelScore(manifest.Topics[i], p));
            }
        }

        topics.Sort(ByProbabilityDescending);
        var contentTypes = Ranked(manifest.ContentTypes, output.ContentTypeScores);
        var bands = Ranked(manifest.CredibilityBands, output.CredibilityScores);
        return new ClassificationResult
        {
            Topics = topics,
            AllTopicProbabilities = all,
            ContentType = contentTypes[0].Label,
            ContentTypeProbabilities = contentTypes,
            Credibility = new CredibilityAssessment(Score(manifest, output.CredibilityScores), bands[0].Label, bands, signals),
            Truncated = truncated,
        };
    }

    internal static int Score(ModelManifest manifest, float[] bandProbabilities)
    {
        double expected = 0;
        double total = 0;
        for (var i = 0; i < bandProbabilities.Length; i++)
        {
            expected += bandProbabilities[i] * manifest.CredibilityValues[i];
            total += bandProbabilities[i];
        }

        return total > 0 ? (int)Math.Round(100 * expected / total, MidpointRounding.AwayFromZero) : 50;
    }

    private static LabelScore[] Ranked(IReadOnlyList<string> labels, float[] scores)
    {
        var ranked = new LabelScore[labels.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = new LabelScore(labels[i], scores[i]);
        }

        // Stable for ties: the model's label order decides.
        var order = Enumerable.Range(0, ranked.Length).ToArray();
        Array.Sort(order, (a, b) => ranked[b].Probability.CompareTo(ranked[a].Probability) is var c and not 0 ? c : a.CompareTo(b));
        var result = new LabelScore[ranked.Length];
        for (var i = 0; i < order.Length; i++)
        {
            result[i] = ranked[order[i]];
        }

        return result;
    }

    private static int ByProbabilityDescending(LabelScore a, LabelScore b) => b.Probability.CompareTo(a.Probability);
}
