namespace MedEd.Classification;

/// <summary>The topic ids of the default model (label specification v1, section 1).</summary>
public static class Topics
{
#pragma warning disable CS1591 // The ids document themselves; see the README's label table.
    public const string Oncology = "oncology";
    public const string Hematology = "hematology";
    public const string Covid19 = "covid19";
    public const string InfectiousDisease = "infectious-disease";
    public const string Cardiology = "cardiology";
    public const string PulmonologyCriticalCare = "pulmonology-critical-care";
    public const string GastroenterologyHepatology = "gastroenterology-hepatology";
    public const string NephrologyUrology = "nephrology-urology";
    public const string Endocrinology = "endocrinology";
    public const string Neurology = "neurology";
    public const string Psychiatry = "psychiatry";
    public const string RheumatologyImmunology = "rheumatology-immunology";
    public const string Dermatology = "dermatology";
    public const string ObstetricsGynecology = "obstetrics-gynecology";
    public const string Pediatrics = "pediatrics";
    public const string SurgeryAnesthesia = "surgery-anesthesia";
    public const string EmergencyMedicine = "emergency-medicine";
    public const string RadiologyPathology = "radiology-pathology";
    public const string PublicHealth = "public-health";
    public const string MedicalEducation = "medical-education";
    public const string ResearchMethods = "research-methods";
    public const string ProfessionalLife = "professional-life";
#pragma warning restore CS1591

    /// <summary>All 22 topic ids, in specification order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Oncology, Hematology, Covid19, InfectiousDisease, Cardiology, PulmonologyCriticalCare,
        GastroenterologyHepatology, NephrologyUrology, Endocrinology, Neurology, Psychiatry,
        RheumatologyImmunology, Dermatology, ObstetricsGynecology, Pediatrics, SurgeryAnesthesia,
        EmergencyMedicine, RadiologyPathology, PublicHealth, MedicalEducation, ResearchMethods,
        ProfessionalLife,
    ];
}
