using MedEd.Classification.Signals;

namespace MedEd.Classification.Tests.Signals;

public sealed class SignalDetectorTests
{
    private readonly SignalDetector _detector = SignalDetector.Default;

    [Fact]
    public void Default_HasARuleForEverySpecifiedSignal()
    {
        Assert.Equal(SignalIds.TextSignals.Append(SignalIds.AuthorCredentials), _detector.FeatureIds);
    }

    [Theory]
    [InlineData("Published: doi.org/10.1056/NEJMoa2034577", SignalIds.CitesPeerReviewed, "doi.org/")]
    [InlineData("pubmed.ncbi.nlm.nih.gov/34567890", SignalIds.CitesPeerReviewed, "pubmed.ncbi.nlm.nih.gov/34567890")]
    [InlineData("Per the NCCN update, this is now category 1", SignalIds.CitesGuidelineOrAuthority, "NCCN")]
    [InlineData("NCT04368728 enrolled adults", SignalIds.NamesStudyDesign, "NCT04368728")]
    [InlineData("OS improved, HR 0.66 (95% CI 0.52-0.85)", SignalIds.QuantifiedResult, "HR 0.66")]
    [InlineData("Early data; might not hold up", SignalIds.HedgedUncertainty, "might")]
    [InlineData("Watch for neutropenia", SignalIds.MentionsHarms, "neutropenia")]
    [InlineData("Non-inferior to warfarin", SignalIds.ComparesAlternatives, "Non-inferior")]
    [InlineData("Disclosure: I consult for Pfizer", SignalIds.DisclosesConflict, "Disclosure")]
    [InlineData("A tweetorial on DKA", SignalIds.EducationalFormat, "tweetorial")]
    [InlineData("New medRxiv preprint", SignalIds.CitesPreprint, "medRxiv")]
    [InlineData("A true game-changer", SignalIds.HypeLanguage, "game-changer")]
    [InlineData("Completely safe for kids", SignalIds.AbsoluteCertainty, "Completely safe")]
    [InlineData("Apricot kernels instead of chemo", SignalIds.NaturalOrMiracleCure, "Apricot kernels")]
    [InlineData("Big Pharma is hiding it", SignalIds.ConspiracyFraming, "Big Pharma")]
    [InlineData("Share before it's deleted", SignalIds.CallToShare, "Share before")]
    [InlineData("Use code HEAL20 at checkout", SignalIds.CommercialPromotion, "Use code")]
    [InlineData("This is POISON!!!", SignalIds.EmotionalOrFearTone, "!!!")]
    [InlineData("You won't believe this", SignalIds.Clickbait, "You won't believe")]
    [InlineData("Kills cancer cells in a petri dish", SignalIds.PreclinicalExtrapolation, "petri dish")]
    [InlineData("My patient today, bed 4", SignalIds.PatientPrivacyRisk, "My patient today")]
    [InlineData("@sam you should stop your metformin", SignalIds.PersonalMedicalAdvice, "you should stop")]
    public void Detect_TriggerInText_ReportsSignalWithEvidenceSpan(string text, string signal, string evidence)
    {
        var found = _detector.Detect(text).Signals.Single(s => s.Id == signal);

        Assert.Contains(found.Evidence, e => e.Text.Contains(evidence, StringComparison.OrdinalIgnoreCase));
        Assert.All(found.Evidence, e => Assert.Equal(e.Text, text.Substring(e.Start, e.Length)));
    }

    [Fact]
    public void Detect_LookAlikeCharacters_StillFoundAndSpanPointsIntoOriginal()
    {
        var text = "a true mir\u0430cle, big\u200B pharma";

        var signals = _detector.Detect(text).Signals;

        var hype = Assert.Single(signals, s => s.Id == SignalIds.HypeLanguage);
        Assert.Equal("mir\u0430cle", hype.Evidence[0].Text);
        var conspiracy = Assert.Single(signals, s => s.Id == SignalIds.ConspiracyFraming);
        Assert.Equal("big\u200B pharma", conspiracy.Evidence[0].Text);
    }

    [Fact]
    public void Detect_PlainText_FindsNothingAndZeroFeatures()
    {
        var detected = _detector.Detect("lovely walk by the river this morning");

        Assert.Empty(detected.Signals);
        Assert.All(detected.Features, f => Assert.Equal(0f, f));
    }

    [Fact]
    public void Parse_PatternThatNeedsBacktracking_ThrowsInvalidDataNamingTheLine()
    {
        var rules = "[hype-language -]\n(a)\\1\n";

        var e = Assert.Throws<InvalidDataException>(() => SignalRuleParser.Parse(new StringReader(rules), "test.rules"));

        Assert.Contains("test.rules, line 2", e.Message, StringComparison.Ordinal);
    }
}
