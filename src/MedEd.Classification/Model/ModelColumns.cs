namespace MedEd.Classification.Model;

/// <summary>
/// The ML.NET column names of the model, in one place for the trainer and the library, so that a
/// model the trainer writes always matches what the library reads.
/// </summary>
internal static class ModelColumns
{
    public const string Text = "Text";
    public const string Signals = "Signals";
    public const string Lexicon = "Lexicon";
    public const string TextFeatures = "TextFeatures";
    public const string Features = "Features";
    public const string Label = "Label";
    public const string TopicProbabilities = "TopicProbabilities";
    public const string ContentTypeScores = "ContentTypeScores";
    public const string CredibilityScores = "CredibilityScores";
    public const string CredibilityTextScores = "CredibilityTextScores";
    public const string StackFeatures = "StackFeatures";

    public static string TopicProbability(int index) => "TopicProbability" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
