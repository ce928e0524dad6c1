namespace MedEd.Classification.Tests.Corpus;

/// <summary>Cohen's kappa: agreement between two annotators beyond what chance gives.</summary>
internal static class Kappa
{
    public static double Nominal<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
        where T : notnull
    {
        var n = a.Count;
        var observed = (double)a.Zip(b).Count(p => EqualityComparer<T>.Default.Equals(p.First, p.Second)) / n;
        var expected = a.Concat(b).Distinct().Sum(c => (double)a.Count(x => x.Equals(c)) / n * b.Count(x => x.Equals(c)) / n);
        return expected >= 1 ? 1 : (observed - expected) / (1 - expected);
    }

    /// <summary>Kappa over every (post, label) yes/no decision of a multi-label field.</summary>
    public static double Pooled(IReadOnlyList<string> ids, IReadOnlyList<string> labels, Func<string, IReadOnlyList<string>> first, Func<string, IReadOnlyList<string>> second) =>
        Nominal(
            [.. ids.SelectMany(id => labels.Select(l => first(id).Contains(l)))],
            [.. ids.SelectMany(id => labels.Select(l => second(id).Contains(l)))]);
}
