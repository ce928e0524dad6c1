using System.Globalization;
using System.Text.RegularExpressions;

namespace MedEd.Classification.Signals;

/// <summary>
/// The currency criterion of the JAMA benchmarks (Silberg 1997): a post that leans on a source or
/// guideline year well before the post's own date may be out of date. Needs the post's creation time.
/// </summary>
internal static class Currency
{
    /// <summary>A cited year at least this many years before the post counts as outdated.</summary>
    public const int MaxAgeYears = 5;

    private static readonly Regex s_year = new(
        @"\b(19[5-9][0-9]|20[0-9][0-9])\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(5));

    public static List<SignalEvidence>? OutdatedYears(string text, DateTimeOffset? createdAt)
    {
        if (createdAt is not { } date)
        {
            return null;
        }

        List<SignalEvidence>? evidence = null;
        foreach (var m in s_year.EnumerateMatches(text))
        {
            var year = int.Parse(text.AsSpan(m.Index, m.Length), CultureInfo.InvariantCulture);
            if (year <= date.Year - MaxAgeYears)
            {
                evidence ??= [];
                evidence.Add(new SignalEvidence(m.Index, m.Length, text.Substring(m.Index, m.Length)));
            }
        }

        return evidence;
    }
}
