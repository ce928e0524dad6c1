namespace MedEd.Classification.Text;

/// <summary>Recognises URLs in a post and extracts their host.</summary>
internal static class UrlParts
{
    private static readonly string[] s_bareSuffixes =
        [".com/", ".org/", ".net/", ".gov/", ".edu/", ".ly/", ".io/", ".co/", ".to/", ".be/", ".uk/", ".int/"];

    public static bool IsUrl(ReadOnlySpan<char> chunk)
    {
        if (chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return chunk.Length > 7;
        }

        // Bare links such as "doi.org/10.1056/x" or "bit.ly/abc": a host followed by a path.
        var slash = chunk.IndexOf('/');
        if (slash <= 3 || chunk[0] == '#' || chunk[0] == '@')
        {
            return false;
        }

        var head = chunk[..(slash + 1)];
        foreach (var suffix in s_bareSuffixes)
        {
            if (head.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The host of a URL without scheme, "www." or port: "https://www.nejm.org/doi/x" → "nejm.org".</summary>
    public static ReadOnlySpan<char> Domain(ReadOnlySpan<char> url)
    {
        var s = url;
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            s = s[(scheme + 3)..];
        }

        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..];
        }

        var end = s.IndexOfAny('/', '?', '#');
        if (end >= 0)
        {
            s = s[..end];
        }

        var colon = s.IndexOf(':');
        return colon >= 0 ? s[..colon] : s;
    }
}
