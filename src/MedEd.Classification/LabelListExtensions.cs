namespace MedEd.Classification;

/// <summary>Position of a label in a model's label list.</summary>
internal static class LabelListExtensions
{
    /// <summary>The index of <paramref name="label"/> in <paramref name="labels"/> (ordinal), or -1.</summary>
    public static int IndexOf(this IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.Equals(labels[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
