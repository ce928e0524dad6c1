using MedEd.Classification.Model;

namespace MedEd.Classification.Training;

/// <summary>A post prepared for training: normalised text, signal and term-list features, and label indices.</summary>
internal sealed class TrainingRow : ModelInput
{
    public bool[] TopicLabels { get; set; } = [];

    /// <summary>Index of the content type in the model's list; -1 when unlabelled.</summary>
    public int ContentType { get; set; } = -1;

    /// <summary>Index of the credibility band in the model's list; -1 when unlabelled.</summary>
    public int Credibility { get; set; } = -1;
}
