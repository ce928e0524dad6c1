using System.Text;

namespace MedEd.Classification.Text;

/// <summary>
/// Splits a post into raw tokens in one left-to-right pass: URLs, @mentions, #hashtags, emoji and
/// words (which keep inner punctuation such as "COVID-19" or "0.72"; the normaliser drops it).
/// </summary>
internal static class Tokenizer
{
    public static List<RawToken> Split(string text)
    {
        var tokens = new List<RawToken>(text.Length / 5 + 1);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) == System.Buffers.OperationStatus.Done
                && TextNormalizer.IsEmoji(rune.Value))
            {
                tokens.Add(new RawToken(i, used, TokenKind.Emoji));
                i += used;
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && !StartsEmoji(text, end))
            {
                end++;
            }

            AddChunk(tokens, text, i, end);
            i = end;
        }

        return tokens;
    }

    private static bool StartsEmoji(string text, int i) =>
        text[i] >= '\u2000'
        && Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out _) == System.Buffers.OperationStatus.Done
        && TextNormalizer.IsEmoji(rune.Value);

    private static void AddChunk(List<RawToken> tokens, string text, int start, int end)
    {
        var chunk = text.AsSpan(start, end - start);
        if (UrlParts.IsUrl(chunk))
        {
            tokens.Add(new RawToken(start, TrimTrailing(chunk), TokenKind.Url));
            return;
        }

        // A chunk may hold several pieces glued by punctuation: "(#ASH23," or "thanks@NEJM!".
        var i = 0;
        while (i < chunk.Length)
        {
            var c = chunk[i];
            if ((c == '#' || c == '@') && i + 1 < chunk.Length && IsTagChar(chunk[i + 1]))
            {
                var j = i + 1;
                while (j < chunk.Length && IsTagChar(chunk[j]))
                {
                    j++;
                }

                tokens.Add(new RawToken(start + i, j - i, c == '#' ? TokenKind.Hashtag : TokenKind.Mention));
                i = j;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < chunk.Length && (char.IsLetterOrDigit(chunk[j]) || IsInnerJoiner(chunk, j)))
                {
                    j++;
                }

                tokens.Add(new RawToken(start + i, j - i, TokenKind.Word));
                i = j;
                continue;
            }

            if (c == '%' && tokens.Count > 0 && tokens[^1].Start + tokens[^1].Length == start + i)
            {
                var last = tokens[^1];
                tokens[^1] = last with { Length = last.Length + 1 };
            }

            i++;
        }
    }

    private static bool IsTagChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    // Keeps "COVID-19", "0.72", "don't", "e.g" together; a joiner must sit between two letters or digits.
    private static bool IsInnerJoiner(ReadOnlySpan<char> s, int j) =>
        s[j] is '-' or '.' or '\'' or '’' or ',' or '/' && j + 1 < s.Length && char.IsLetterOrDigit(s[j + 1])
        && (s[j] != ',' || (char.IsDigit(s[j - 1]) && char.IsDigit(s[j + 1])))
        && (s[j] != '/' || (char.IsDigit(s[j - 1]) && char.IsDigit(s[j + 1])));

    private static int TrimTrailing(ReadOnlySpan<char> url)
    {
        var n = url.Length;
        while (n > 0 && url[n - 1] is '.' or ',' or ')' or ';' or ':' or '!' or '?' or '"' or '\'')
        {
            n--;
        }

        return n;
    }
}
