using Microsoft.ML.Data;

namespace MedEd.Classification.Training;

/// <summary>A featurised row with a binary label, for one topic head.</summary>
internal sealed class BinaryHeadRow
{
    public VBuffer<float> Features { get; set; }

    public bool Label { get; set; }
}
