using System.Globalization;
using MedEd.Classification.Training;

namespace MedEd.Classification.Tests.Corpus;

/// <summary>
/// Finds pairs of posts whose character 5-gram sets overlap by at least a Jaccard threshold,
/// through an inverted index of 5-grams, so only posts that share grams are compared.
/// </summary>
internal static class NearDuplicates
{
    private const int Gram = 5;

    public static List<string> Find(IReadOnlyList<LabeledPost> posts, double threshold)
    {
        var sets = posts.Select(p => Grams(p.Text)).ToArray();
        var index = new Dictionary<int, List<int>>();
        for (var i = 0; i < sets.Length; i++)
        {
            foreach (var g in sets[i])
            {
                if (!index.TryGetValue(g, out var list))
                {
                    index[g] = list = [];
                }

                list.Add(i);
            }
        }

        var found = new List<string>();
        var shared = new Dictionary<int, int>();
        for (var i = 0; i < sets.Length; i++)
        {
            shared.Clear();
            foreach (var g in sets[i])
            {
                foreach (var j in index[g])
                {
                    if (j > i)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }
            }

            foreach (var (j, n) in shared)
            {
                var jaccard = (double)n / (sets[i].Count + sets[j].Count - n);
                if (jaccard >= threshold && Math.Min(sets[i].Count, sets[j].Count) >= 8)
                {
                    found.Add(string.Create(CultureInfo.InvariantCulture, $"{posts[i].Source} ~ {posts[j].Source} (similarity {jaccard:F2})"));
                }
            }
        }

        return found;
    }

    private static HashSet<int> Grams(string text)
    {
        var s = string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var set = new HashSet<int>();
        for (var i = 0; i + Gram <= s.Length; i++)
        {
            set.Add(string.GetHashCode(s.AsSpan(i, Gram), StringComparison.Ordinal));
        }

        return set;
    }
}
