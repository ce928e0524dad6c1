using Microsoft.ML.Data;

namespace MedEd.Classification.Training;

/// <summary>A featurised row as the featuriser writes it.</summary>
internal sealed class FeatureRow
{
    public VBuffer<float> Features { get; set; }
}
