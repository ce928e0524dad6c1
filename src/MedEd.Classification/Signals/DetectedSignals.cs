namespace MedEd.Classification.Signals;

/// <summary>The signals found in one post and their feature vector for the model.</summary>
/// <param name="Signals">The signals with evidence, in detector order.</param>
/// <param name="Features">One value per detector feature (see <see cref="SignalDetector.FeatureIds"/>): 1 when found, else 0.</param>
internal sealed record DetectedSignals(IReadOnlyList<CredibilitySignal> Signals, float[] Features);
