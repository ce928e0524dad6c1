namespace MedEd.Classification.Text;

/// <summary>
/// Folds characters that are used to dodge filters or that only change a word's look: zero-width
/// and soft-hyphen characters are dropped, full-width forms become ASCII, and Cyrillic or Greek
/// letters that look like Latin ones become those Latin letters ("mirаcle" with a Cyrillic а
/// becomes "miracle"). <see cref="FoldWithMap"/> also returns where each folded character came
/// from, so that evidence found in folded text points into the original.
/// </summary>
internal static class CharFolding
{
    public static string Fold(string text) => FoldWithMap(text, out _);

    /// <summary>Folds <paramref name="text"/>; <paramref name="map"/> is null when nothing was dropped.</summary>
    public static string FoldWithMap(string text, out int[]? map)
    {
        map = null;
        if (!NeedsFolding(text))
        {
            return text;
        }

        var chars = new char[text.Length];
        var origin = new int[text.Length];
        var n = 0;
        var dropped = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsInvisible(c))
            {
                dropped = true;
                continue;
            }

            chars[n] = Map(c);
            origin[n] = i;
            n++;
        }

        if (dropped)
        {
            map = origin[..n];
        }

        return new string(chars, 0, n);
    }

    private static bool NeedsFolding(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u00AD' && (IsInvisible(c) || Map(c) != c))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u180E';

    private static char Map(char c)
    {
        if (c < '\u0370')
        {
            return c;
        }

        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return (char)(c - 0xFEE0);
        }

        return c switch
        {
            // Cyrillic look-alikes of Latin letters.
            'а' => 'a', 'е' => 'e', 'о' => 'o', 'р' => 'p', 'с' => 'c', 'у' => 'y', 'х' => 'x',
            'і' => 'i', 'ј' => 'j', 'ѕ' => 's', 'һ' => 'h', 'ԁ' => 'd', 'ԛ' => 'q', 'ԝ' => 'w',
            'А' => 'A', 'В' => 'B', 'Е' => 'E', 'К' => 'K', 'М' => 'M', 'Н' => 'H', 'О' => 'O',
            'Р' => 'P', 'С' => 'C', 'Т' => 'T', 'Х' => 'X', 'І' => 'I', 'Ј' => 'J', 'Ѕ' => 'S',
            // Greek look-alikes.
            'ο' => 'o', 'ν' => 'v', 'Α' => 'A', 'Β' => 'B', 'Ε' => 'E', 'Η' => 'H', 'Ι' => 'I',
            'Κ' => 'K', 'Μ' => 'M', 'Ν' => 'N', 'Ο' => 'O', 'Ρ' => 'P', 'Τ' => 'T', 'Χ' => 'X',
            'Ζ' => 'Z',
            _ => c,
        };
    }
}
