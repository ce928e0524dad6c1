namespace MedEd.Classification;

/// <summary>The credibility signal ids of the default detectors (label specification v1, section 4).</summary>
public static class SignalIds
{
#pragma warning disable CS1591 // The ids document themselves; see the README's signal table.
    public const string CitesPeerReviewed = "cites-peer-reviewed";
    public const string CitesGuidelineOrAuthority = "cites-guideline-or-authority";
    public const string NamesStudyDesign = "names-study-design";
    public const string QuantifiedResult = "quantified-result";
    public const string HedgedUncertainty = "hedged-uncertainty";
    public const string MentionsHarms = "mentions-harms";
    public const string ComparesAlternatives = "compares-alternatives";
    public const string DisclosesConflict = "discloses-conflict";
    public const string EducationalFormat = "educational-format";
    public const string CitesPreprint = "cites-preprint";
    public const string HypeLanguage = "hype-language";
    public const string AbsoluteCertainty = "absolute-certainty";
    public const string NaturalOrMiracleCure = "natural-or-miracle-cure";
    public const string ConspiracyFraming = "conspiracy-framing";
    public const string AnecdoteAsEvidence = "anecdote-as-evidence";
    public const string CallToShare = "call-to-share";
    public const string CommercialPromotion = "commercial-promotion";
    public const string EmotionalOrFearTone = "emotional-or-fear-tone";
    public const string Clickbait = "clickbait";
    public const string UnsupportedClaim = "unsupported-claim";
    public const string PreclinicalExtrapolation = "preclinical-extrapolation";
    public const string PatientPrivacyRisk = "patient-privacy-risk";
    public const string PersonalMedicalAdvice = "personal-medical-advice";

    /// <summary>Credentials or an institution in the author's handle or bio (JAMA benchmark: authorship). Not in the post text.</summary>
    public const string AuthorCredentials = "author-credentials";

    /// <summary>The post cites a year five or more years before its own creation time (JAMA benchmark: currency). Needs <see cref="Post.CreatedAt"/>.</summary>
    public const string OutdatedReference = "outdated-reference";
#pragma warning restore CS1591

    /// <summary>The 23 signals of the specification that are found in a post's text, in specification order.</summary>
    public static IReadOnlyList<string> TextSignals { get; } =
    [
        CitesPeerReviewed, CitesGuidelineOrAuthority, NamesStudyDesign, QuantifiedResult, HedgedUncertainty,
        MentionsHarms, ComparesAlternatives, DisclosesConflict, EducationalFormat, CitesPreprint, HypeLanguage,
        AbsoluteCertainty, NaturalOrMiracleCure, ConspiracyFraming, AnecdoteAsEvidence, CallToShare,
        CommercialPromotion, EmotionalOrFearTone, Clickbait, UnsupportedClaim, PreclinicalExtrapolation,
        PatientPrivacyRisk, PersonalMedicalAdvice,
    ];
}
