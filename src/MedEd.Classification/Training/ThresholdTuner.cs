namespace MedEd.Classification.Training;

/// <summary>Chooses each topic's decision threshold: the one that maximises the topic's F1 on held-out posts.</summary>
internal static class ThresholdTuner
{
    private const float Default = 0.5f;
    private const int MinPositives = 3;

    public static float[] Choose(PostClassifier classifier, IReadOnlyList<LabeledPost> posts, IReadOnlyList<string> topics, CancellationToken ct)
    {
        var results = classifier.ClassifyBatch([.. posts.Select(ClassifierTrainer.ToPost)], ct);
        return Choose([.. posts.Zip(results)], topics);
    }

    public static float[] Choose(IReadOnlyList<(LabeledPost Post, ClassificationResult Result)> scored, IReadOnlyList<string> topics)
    {
        var thresholds = new float[topics.Count];
        for (var t = 0; t < topics.Count; t++)
        {
            var gold = scored.Select(s => s.Post.Topics.Contains(topics[t], StringComparer.Ordinal)).ToArray();
            var p = scored.Select(s => s.Result.AllTopicProbabilities[t].Probability).ToArray();
            thresholds[t] = gold.Count(g => g) < MinPositives ? Default : Best(gold, p);
        }

        return thresholds;
    }

    private static float Best(bool[] gold, float[] p)
    {
        var best = Default;
        var bestF1 = -1.0;
        for (var step = 5; step <= 95; step++)
        {
            var th = step / 100f;
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < gold.Length; i++)
            {
                var predicted = p[i] >= th;
                if (predicted && gold[i])
                {
                    tp++;
                }
                else if (predicted)
                {
                    fp++;
                }
                else if (gold[i])
                {
                    fn++;
                }
            }

            var f1 = tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);

            // Among equal F1s prefer the threshold nearest 0.5: the least tuned to this sample.
            if (f1 > bestF1 + 1e-9 || (Math.Abs(f1 - bestF1) <= 1e-9 && Math.Abs(th - Default) < Math.Abs(best - Default)))
            {
                bestF1 = f1;
                best = th;
            }
        }

        return best;
    }
}
