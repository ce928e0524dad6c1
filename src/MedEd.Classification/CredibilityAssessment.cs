namespace MedEd.Classification;

/// <summary>The credibility verdict for a post and the signals that explain it.</summary>
/// <param name="Score">From 0 (misleading) to 100 (reliable): the expected credibility under the band probabilities.</param>
/// <param name="Band">The most probable band, for example <see cref="CredibilityBands.Reliable"/>.</param>
/// <param name="BandProbabilities">The probability of every band of the model, most probable first.</param>
/// <param name="Signals">The signals found in the post, in the order of the model's signal list.</param>
public sealed record CredibilityAssessment(
    int Score,
    string Band,
    IReadOnlyList<LabelScore> BandProbabilities,
    IReadOnlyList<CredibilitySignal> Signals);
