using Microsoft.ML.Data;

namespace MedEd.Classification.Training;

/// <summary>A featurised row with a binary label, for one topic head.</summary>
internal sealed class BinaryHeadRow
{
    public VBuffer<float> Features { get; set; }

    public bool Label { get; set; }
}

/// <summary>A featurised row with a class label (a 1-based key), for a single-label head.</summary>
internal sealed class ClassHeadRow
{
    public VBuffer<float> Features { get; set; }

    public uint Label { get; set; }
}

/// <summary>A featurised row as the featuriser writes it.</summary>
internal sealed class FeatureRow
{
    public VBuffer<float> Features { get; set; }
}
