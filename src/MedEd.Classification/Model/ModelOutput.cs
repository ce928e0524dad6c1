namespace MedEd.Classification.Model;

/// <summary>What the model writes for one row: one probability per topic and per class of each single-label head.</summary>
internal sealed class ModelOutput
{
    public float[] TopicProbabilities { get; set; } = [];

    public float[] ContentTypeScores { get; set; } = [];

    public float[] CredibilityScores { get; set; } = [];
}
