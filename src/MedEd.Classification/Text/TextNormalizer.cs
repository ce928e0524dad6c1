using System.Text;

namespace MedEd.Classification.Text;

/// <summary>
/// Turns a raw social-media post into the token stream the text model is trained on. The same
/// code runs at training and at prediction, so a model always sees text normalised the way it
/// was trained; <see cref="Version"/> is recorded in the model and checked at load.
/// </summary>
/// <remarks>
/// Steps: Unicode compatibility folding and look-alike folding; zero-width characters dropped;
/// URLs reduced to a marker and their domain; @mentions to a marker and the handle; hashtags kept
/// and also split into words (#HemeTwitter → hemetwitter heme twitter); emoji to markers; ALL-CAPS
/// words flagged; case folded; letters repeated three or more times cut to two; numbers to shape
/// markers; every other punctuation mark becomes a separator. Runs in one linear pass.
/// </remarks>
internal static class TextNormalizer
{
    /// <summary>The version of the normalisation, stored in every model.</summary>
    public const string Version = "social-v1";

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = CharFolding.Fold(text);
        var sb = new StringBuilder(folded.Length + 32);
        var tokens = Tokenizer.Split(folded);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            AppendToken(sb, folded.AsSpan(token.Start, token.Length), token.Kind);

            // Shouting is a run of capitalised words; a lone capitalised word is usually an
            // abbreviation (AML, COVID, NSCLC) and is not marked.
            if (IsCaps(folded, token) && ((i > 0 && IsCaps(folded, tokens[i - 1])) || (i + 1 < tokens.Count && IsCaps(folded, tokens[i + 1]))))
            {
                sb.Append("xcaps ");
            }
        }

        return sb.ToString().TrimEnd();
    }

    private static void AppendToken(StringBuilder sb, ReadOnlySpan<char> raw, TokenKind kind)
    {
        switch (kind)
        {
            case TokenKind.Url:
                sb.Append("xurl ");
                AppendWord(sb, UrlParts.Domain(raw), keepDots: false);
                break;
            case TokenKind.Mention:
                sb.Append("xmention ");
                AppendWord(sb, raw[1..], keepDots: false);
                break;
            case TokenKind.Hashtag:
                AppendHashtag(sb, raw[1..]);
                break;
            case TokenKind.Emoji:
                sb.Append(EmojiMarker(raw)).Append(' ');
                break;
            default:
                AppendWord(sb, raw, keepDots: false);
                break;
        }
    }

    private static void AppendHashtag(StringBuilder sb, ReadOnlySpan<char> tag)
    {
        AppendWord(sb, tag, keepDots: false);
        var start = sb.Length;
        var pieces = 0;
        var i = 0;
        while (i < tag.Length)
        {
            var j = i + 1;
            while (j < tag.Length && !IsWordBoundary(tag, j))
            {
                j++;
            }

            AppendWord(sb, tag[i..j], keepDots: false);
            pieces++;
            i = j;
        }

        var lower = tag.Length > 7 ? tag[^7..] : [];
        if (pieces == 1 && lower.Equals("twitter", StringComparison.OrdinalIgnoreCase))
        {
            // Community tags are often written in lower case (#onctwitter): split off the suffix.
            sb.Length = start;
            AppendWord(sb, tag[..^7], keepDots: false);
            sb.Append("twitter ");
        }
        else if (pieces == 1)
        {
            sb.Length = start;
        }
    }

    private static bool IsWordBoundary(ReadOnlySpan<char> tag, int j)
    {
        var prev = tag[j - 1];
        var cur = tag[j];
        if (char.IsUpper(cur) && char.IsLower(prev))
        {
            return true;
        }

        if (char.IsUpper(cur) && char.IsUpper(prev) && j + 1 < tag.Length && char.IsLower(tag[j + 1]))
        {
            return true;
        }

        return char.IsDigit(cur) != char.IsDigit(prev) || cur == '_';
    }

    private static void AppendWord(StringBuilder sb, ReadOnlySpan<char> word, bool keepDots)
    {
        var letters = 0;
        var digits = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
        }

        if (letters == 0 && digits == 0)
        {
            return;
        }

        if (letters == 0)
        {
            sb.Append(NumberMarker(word, digits)).Append(' ');
            return;
        }

        var before = sb.Length;
        char last = '\0';
        var run = 0;
        foreach (var ch in word)
        {
            if (!char.IsLetterOrDigit(ch) && !(keepDots && ch == '.'))
            {
                continue;
            }

            var c = char.ToLowerInvariant(ch);
            run = c == last ? run + 1 : 1;
            last = c;
            if (run <= 2 || char.IsDigit(c))
            {
                sb.Append(c);
            }
        }

        if (sb.Length > before)
        {
            sb.Append(' ');
        }
    }

    private static bool IsCaps(string text, RawToken token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in text.AsSpan(token.Start, token.Length))
        {
            if (char.IsLower(c) || char.IsDigit(c))
            {
                return false;
            }

            letters += char.IsUpper(c) ? 1 : 0;
        }

        return letters >= 3;
    }

    private static string NumberMarker(ReadOnlySpan<char> word, int digits)
    {
        if (word.Contains('%'))
        {
            return "xpct";
        }

        if (word.Contains('.') || word.Contains(','))
        {
            return "xdec";
        }

        return digits <= 2 ? word.ToString() : "xnum";
    }

    private static string EmojiMarker(ReadOnlySpan<char> emoji)
    {
        var rune = Rune.GetRuneAt(emoji.ToString(), 0).Value;
        return rune switch
        {
            0x1F9F5 => "xthread",
            0x1F6A8 or 0x26A0 => "xalarm",
            0x1F48A or 0x1F489 => "xpill",
            0x203C or 0x2757 or 0x2755 => "xbang",
            0x1F4C8 or 0x1F4CA or 0x1F4C9 => "xchart",
            0x1F389 or 0x1F973 or 0x1F38A => "xcelebrate",
            _ => "xemoji",
        };
    }

    internal static bool IsEmoji(int rune) =>
        rune is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or 0x203C or 0x2049 or (>= 0x2B00 and <= 0x2BFF);
}
