using MedEd.Classification.Signals;
using MedEd.Classification.Text;

namespace MedEd.Classification.Model;

/// <summary>Checks that a manifest is complete and that this library can run the model it describes.</summary>
internal static class ManifestCheck
{
    public static void Validate(ModelManifest m, string sourceName)
    {
        Require(m.Format == ModelManifest.CurrentFormat, sourceName,
            $"model format {m.Format} is not supported (this library reads format {ModelManifest.CurrentFormat}); retrain it with this version's trainer");
        Require(m.Normalizer == TextNormalizer.Version, sourceName,
            $"the model was trained with text normalisation '{m.Normalizer}', but this library has '{TextNormalizer.Version}'; retrain it");
        Require(m.SignalFeatures is not null && m.SignalFeatures.SequenceEqual(SignalDetector.Default.FeatureIds), sourceName,
            "the model's signal features differ from this library's detectors; retrain it with this version's trainer");
        Require(m.LexiconFeatures is not null && (m.LexiconSha256 is null || (m.LexiconSha256 == Lexicon.Default.Sha256 && m.LexiconFeatures.SequenceEqual(Lexicon.Default.Categories))), sourceName,
            "the model was trained with other term lists than this library's; retrain it with this version's trainer");
        Require(m.Topics is not null && m.TopicThresholds is not null && m.Topics.Count == m.TopicThresholds.Count, sourceName,
            "the manifest must list one threshold per topic");
        Require(m.ContentTypes is { Count: >= 2 }, sourceName, "the manifest must list at least two content types");
        Require(m.CredibilityBands is { Count: >= 2 } && m.CredibilityValues is not null && m.CredibilityValues.Count == m.CredibilityBands.Count,
            sourceName, "the manifest must list at least two credibility bands, each with a value");
        Require(AllDistinct(m.Topics!) && AllDistinct(m.ContentTypes!) && AllDistinct(m.CredibilityBands!), sourceName,
            "the manifest lists a label twice");
        foreach (var t in m.TopicThresholds!)
        {
            Require(t is > 0f and < 1f, sourceName, $"topic threshold {t} is outside (0, 1)");
        }

        foreach (var v in m.CredibilityValues!)
        {
            Require(v is >= 0f and <= 1f, sourceName, $"credibility value {v} is outside [0, 1]");
        }
    }

    private static bool AllDistinct(IReadOnlyList<string> labels) => labels.Distinct(StringComparer.Ordinal).Count() == labels.Count;

    private static void Require(bool condition, string sourceName, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException($"{sourceName}: {problem}.");
        }
    }
}
