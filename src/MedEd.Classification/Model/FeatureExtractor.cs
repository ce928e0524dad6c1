using MedEd.Classification.Signals;
using MedEd.Classification.Text;

namespace MedEd.Classification.Model;

/// <summary>
/// Turns a post into the row the model reads (normalised text, signal features, term-list
/// features) and the signals with their evidence: the one place where training and prediction
/// prepare a post, so that both always see the same features.
/// </summary>
internal sealed class FeatureExtractor(SignalDetector detector, bool useLexicon)
{
    public (ModelInput Input, IReadOnlyList<CredibilitySignal> Signals) Extract(string text, string? authorHandle, string? authorBio, DateTimeOffset? createdAt)
    {
        var normalized = TextNormalizer.Normalize(text);
        var signals = detector.Detect(text, authorHandle, authorBio, createdAt);
        var lexicon = useLexicon ? Lexicon.Default.Features(normalized) : new float[Lexicon.Default.Categories.Count];
        return (new ModelInput { Text = normalized, Signals = signals.Features, Lexicon = lexicon }, signals.Signals);
    }
}
