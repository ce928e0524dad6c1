using System.Globalization;
using System.Text.RegularExpressions;

namespace MedEd.Classification.Signals;

/// <summary>Reads the signal rule format (see <c>signals.rules</c>) into compiled rules.</summary>
internal static class SignalRuleParser
{
    private const RegexOptions BaseOptions =
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // A detector scans at most a post; this bounds even a pathological match.
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    public static IReadOnlyList<SignalRule> Parse(TextReader reader, string sourceName)
    {
        var rules = new List<SignalRule>();
        string? id = null;
        var polarity = SignalPolarity.Neutral;
        var patterns = new List<Regex>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                Flush();
                (id, polarity) = ParseHeader(line, sourceName, lineNumber);
                continue;
            }

            if (id is null)
            {
                throw new InvalidDataException($"{sourceName}, line {lineNumber}: a pattern before the first [signal polarity] header.");
            }

            patterns.Add(Compile(line, sourceName, lineNumber));
        }

        Flush();
        return rules;

        void Flush()
        {
            if (id is null)
            {
                return;
            }

            if (patterns.Count == 0)
            {
                throw new InvalidDataException($"{sourceName}: signal '{id}' has no pattern.");
            }

            rules.Add(new SignalRule(id, polarity, patterns.ToArray()));
            patterns.Clear();
        }
    }

    private static (string Id, SignalPolarity Polarity) ParseHeader(string line, string sourceName, int lineNumber)
    {
        var parts = line.Trim('[', ']', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !line.TrimEnd().EndsWith(']'))
        {
            throw new InvalidDataException($"{sourceName}, line {lineNumber}: expected '[signal-id polarity]', found '{line}'.");
        }

        var polarity = parts[1] switch
        {
            "+" => SignalPolarity.Positive,
            "-" => SignalPolarity.Negative,
            "0" => SignalPolarity.Neutral,
            _ => throw new InvalidDataException(
                $"{sourceName}, line {lineNumber}: polarity must be +, - or 0; found '{parts[1]}'."),
        };
        return (parts[0].ToLowerInvariant(), polarity);
    }

    private static Regex Compile(string line, string sourceName, int lineNumber)
    {
        var caseSensitive = line.StartsWith("=cs ", StringComparison.Ordinal);
        var pattern = caseSensitive ? line[4..] : line;
        var options = caseSensitive ? BaseOptions : BaseOptions | RegexOptions.IgnoreCase;
        try
        {
            return new Regex(pattern, options, s_timeout);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new InvalidDataException(
                string.Create(CultureInfo.InvariantCulture, $"{sourceName}, line {lineNumber}: pattern '{pattern}' is not a valid non-backtracking regular expression: {e.Message}"),
                e);
        }
    }
}
