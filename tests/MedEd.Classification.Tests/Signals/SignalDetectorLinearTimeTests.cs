using System.Diagnostics;
using MedEd.Classification.Signals;

namespace MedEd.Classification.Tests.Signals;

/// <summary>
/// Every detector answers in time linear in the text's length, even on text built from the
/// characters its patterns match (runs that make backtracking engines explode).
/// </summary>
public sealed class SignalDetectorLinearTimeTests
{
    // Fragments that the rules' patterns partly match, repeated to a megabyte.
    private static readonly string[] s_fragments =
    [
        "a", "!", "1/", "10.1", "AAAA ", "my mom took ", "@x you should ", "$1", "100% ", "n=1 ", "p<0.0",
        "big pharma ", "share this ", "https://doi.org/", "#ad ", "mice ", "bed 4 ", "cures ", " ", "é", "🧵",
    ];

    [Fact]
    public void Detect_OneMegabyteOfAdversarialText_TakesAtMostLinearTime()
    {
        var detector = SignalDetector.Default;
        detector.Detect(new string('a', 1000));
        foreach (var fragment in s_fragments)
        {
            var small = Repeat(fragment, 100_000);
            var large = Repeat(fragment, 1_000_000);

            // Ten times the text: linear is ~10x; allow 40x for noise on a shared machine, far
            // below the 100x of a quadratic pattern. Under 100 ms the timings are too noisy to
            // compare. A busy machine can slow one measurement, so a failure is measured again
            // (up to three times); a quadratic pattern fails every time.
            var (tSmall, tLarge) = (TimeSpan.Zero, TimeSpan.Zero);
            var linear = false;
            for (var attempt = 0; attempt < 3 && !linear; attempt++)
            {
                tSmall = Time(() => detector.Detect(small));
                tLarge = Time(() => detector.Detect(large));
                linear = tLarge.TotalMilliseconds < Math.Max(100, 40 * tSmall.TotalMilliseconds);
            }

            Assert.True(linear, $"fragment '{fragment}': 100 KB took {tSmall.TotalMilliseconds:F0} ms, 1 MB took {tLarge.TotalMilliseconds:F0} ms");
        }
    }

    private static string Repeat(string fragment, int length)
    {
        var sb = new System.Text.StringBuilder(length + fragment.Length);
        while (sb.Length < length)
        {
            sb.Append(fragment);
        }

        return sb.ToString(0, length);
    }

    private static TimeSpan Time(Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 2; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            best = sw.Elapsed < best ? sw.Elapsed : best;
        }

        return best;
    }
}
