namespace MedEd.Classification.Benchmarks.Generalization;

/// <summary>
/// Measures a classifier on the public evaluation datasets beside the repository
/// (<c>../shared/data</c>): medical-abstracts for topics, covid-rumor for credibility and covid19.
/// The datasets are never part of the project and never trained on.
/// </summary>
internal static class GeneralizationEvaluator
{
    public static readonly IReadOnlyDictionary<string, string> AbstractTopics = new Dictionary<string, string>
    {
        ["neoplasms"] = MedEd.Classification.Topics.Oncology,
        ["cardiovascular diseases"] = MedEd.Classification.Topics.Cardiology,
        ["nervous system diseases"] = MedEd.Classification.Topics.Neurology,
        ["digestive system diseases"] = MedEd.Classification.Topics.GastroenterologyHepatology,
    };

    private static readonly IReadOnlyDictionary<string, string> s_rumorBands = new Dictionary<string, string>
    {
        ["true"] = CredibilityBands.Reliable,
        ["false"] = CredibilityBands.Misleading,
        ["unverified"] = CredibilityBands.Unverified,
    };

    public static GeneralizationReport Evaluate(PostClassifier classifier, string dataFolder)
    {
        var abstracts = TsvData.Read(Path.Combine(dataFolder, "medical-abstracts", "medabs.tsv"));
        var rumors = TsvData.Read(Path.Combine(dataFolder, "covid-rumor", "covid_rumor.tsv"));
        return new GeneralizationReport
        {
            Titles = Transfer(classifier, abstracts, "title"),
            Abstracts = Transfer(classifier, abstracts, "text"),
            Rumors = [.. rumors.GroupBy(r => r["split"]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Rumor(classifier, g.Key, [.. g]))],
        };
    }

    private static TopicTransfer Transfer(PostClassifier classifier, List<Dictionary<string, string>> rows, string column)
    {
        var results = classifier.ClassifyBatch([.. rows.Select(r => new Post(r[column]))]);
        var perTopic = new List<(string, int, double, double, double)>();
        foreach (var (label, topic) in AbstractTopics)
        {
            var support = 0;
            var hits = 0;
            var predicted = 0;
            var correct = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                var gold = rows[i]["label"] == label;
                var has = results[i].Topics.Any(t => t.Label == topic);
                support += gold ? 1 : 0;
                hits += gold && has ? 1 : 0;
                predicted += has ? 1 : 0;
                correct += gold && has ? 1 : 0;
            }

            var recall = support == 0 ? 0 : (double)hits / support;
            var precision = predicted == 0 ? 0 : (double)correct / predicted;
            var f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
            perTopic.Add((topic, support, recall, precision, f1));
        }

        return new TopicTransfer(perTopic);
    }

    private static RumorTransfer Rumor(PostClassifier classifier, string split, List<Dictionary<string, string>> rows)
    {
        var results = classifier.ClassifyBatch([.. rows.Select(r => new Post(r["text"]))]);
        var covid = results.Count(r => r.Topics.Any(t => t.Label == MedEd.Classification.Topics.Covid19));
        var bands = CredibilityBands.All;
        var f1s = new List<double>();
        foreach (var band in bands)
        {
            var tp = 0;
            var gold = 0;
            var pred = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                var g = s_rumorBands[rows[i]["label"]] == band;
                var p = results[i].Credibility.Band == band;
                gold += g ? 1 : 0;
                pred += p ? 1 : 0;
                tp += g && p ? 1 : 0;
            }

            f1s.Add(gold + pred == 0 ? 0 : 2.0 * tp / (gold + pred));
        }

        var positives = new List<double>();
        var negatives = new List<double>();
        for (var i = 0; i < rows.Count; i++)
        {
            // The exact score, not the rounded one, ranks the posts.
            var score = results[i].Credibility.BandProbabilities.Sum(b => b.Probability * Value(b.Label));
            if (rows[i]["label"] == "true")
            {
                positives.Add(score);
            }
            else if (rows[i]["label"] == "false")
            {
                negatives.Add(score);
            }
        }

        return new RumorTransfer(split, rows.Count, (double)covid / rows.Count, f1s.Average(), Auc(positives, negatives));
    }

    private static double Value(string band) => band switch
    {
        CredibilityBands.Reliable => 1,
        CredibilityBands.Unverified => 0.5,
        _ => 0,
    };

    /// <summary>ROC AUC: the probability that a random positive scores above a random negative (ties count half).</summary>
    internal static double Auc(List<double> positives, List<double> negatives)
    {
        if (positives.Count == 0 || negatives.Count == 0)
        {
            return double.NaN;
        }

        var all = positives.Select(s => (Score: s, Positive: true)).Concat(negatives.Select(s => (Score: s, Positive: false))).OrderBy(x => x.Score).ToArray();
        double rankSum = 0;
        var i = 0;
        while (i < all.Length)
        {
            var j = i;
            while (j + 1 < all.Length && all[j + 1].Score == all[i].Score)
            {
                j++;
            }

            var rank = (i + j + 2) / 2.0;
            for (var k = i; k <= j; k++)
            {
                rankSum += all[k].Positive ? rank : 0;
            }

            i = j + 1;
        }

        return (rankSum - (positives.Count * (positives.Count + 1) / 2.0)) / ((double)positives.Count * negatives.Count);
    }
}
