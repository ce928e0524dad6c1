using Microsoft.ML.Data;

namespace MedEd.Classification.Training;

/// <summary>A featurised row with a class label, for a single-label head: the label's index in the model's list, as a key value, so that score slot i is label i.</summary>
internal sealed class ClassHeadRow
{
    public VBuffer<float> Features { get; set; }

    public uint Label { get; set; }
}
