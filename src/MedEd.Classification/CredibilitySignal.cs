namespace MedEd.Classification;

/// <summary>A credibility signal found in a post, with the evidence that triggered it.</summary>
/// <param name="Id">The signal id, one of <see cref="SignalIds"/> for the default detectors.</param>
/// <param name="Polarity">Whether the signal speaks for or against credibility.</param>
/// <param name="Evidence">Every span that triggered the signal, in order of position; never empty.</param>
public sealed record CredibilitySignal(string Id, SignalPolarity Polarity, IReadOnlyList<SignalEvidence> Evidence);
