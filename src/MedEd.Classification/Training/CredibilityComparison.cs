using MedEd.Classification.Evaluation;

namespace MedEd.Classification.Training;

/// <summary>The two credibility heads side by side on the dev split, and the one that was kept.</summary>
/// <param name="LinearMacroF1">Band macro-F1 of the linear head.</param>
/// <param name="LinearEce">Expected calibration error of the linear head.</param>
/// <param name="StackedMacroF1">Band macro-F1 of the stacked (FastTree) head.</param>
/// <param name="StackedEce">Expected calibration error of the stacked head.</param>
/// <param name="Chosen">The head the model ships.</param>
public sealed record CredibilityComparison(double LinearMacroF1, double LinearEce, double StackedMacroF1, double StackedEce, CredibilityModelKind Chosen)
{
    internal static CredibilityComparison From(EvaluationReport linear, EvaluationReport stacked, CredibilityModelKind requested)
    {
        var l = linear.Credibility!;
        var s = stacked.Credibility!;

        // Auto keeps the stacked head only when it is better by more than noise.
        var chosen = requested switch
        {
            CredibilityModelKind.Stacked => CredibilityModelKind.Stacked,
            CredibilityModelKind.Linear => CredibilityModelKind.Linear,
            _ => s.MacroF1 > l.MacroF1 + 0.005 ? CredibilityModelKind.Stacked : CredibilityModelKind.Linear,
        };
        return new CredibilityComparison(l.MacroF1, l.ExpectedCalibrationError, s.MacroF1, s.ExpectedCalibrationError, chosen);
    }
}
