namespace MedEd.Classification;

/// <summary>The content-type ids of the default model (label specification v1, section 2).</summary>
public static class ContentTypes
{
#pragma warning disable CS1591 // The ids document themselves; see the README's label table.
    public const string Teaching = "teaching";
    public const string ResearchNews = "research-news";
    public const string ClinicalCase = "clinical-case";
    public const string GuidelinePolicy = "guideline-policy";
    public const string Opinion = "opinion";
    public const string PatientAdvice = "patient-advice";
    public const string Personal = "personal";
    public const string Promotion = "promotion";
#pragma warning restore CS1591

    /// <summary>All 8 content-type ids, in specification order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Teaching, ResearchNews, ClinicalCase, GuidelinePolicy, Opinion, PatientAdvice, Personal, Promotion];
}
