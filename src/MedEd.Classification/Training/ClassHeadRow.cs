using Microsoft.ML.Data;

namespace MedEd.Classification.Training;

/// <summary>A featurised row with a class label (a 1-based key), for a single-label head.</summary>
internal sealed class ClassHeadRow
{
    public VBuffer<float> Features { get; set; }

    public uint Label { get; set; }
}
