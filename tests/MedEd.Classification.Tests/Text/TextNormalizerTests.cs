using MedEd.Classification.Text;

namespace MedEd.Classification.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("See https://www.nejm.org/doi/full/10.1056/NEJMoa2034577.", "see xurl nejmorg")]
    [InlineData("thx @NEJM_Editors", "thx xmention nejmeditors")]
    [InlineData("#HemeTwitter", "hemetwitter heme twitter")]
    [InlineData("#onctwitter", "onctwitter onc twitter")]
    [InlineData("#ASH23", "ash23 ash 23")]
    [InlineData("NEW AML data", "new xcaps aml xcaps data")]
    [InlineData("#mmsm", "mmsm")]
    [InlineData("Sooooo goooood", "soo good")]
    [InlineData("STOP TAKING this", "stop xcaps taking xcaps this")]
    [InlineData("COVID-19 and SGLT2i", "covid19 and sglt2i")]
    [InlineData("HR 0.72, 95% CI", "hr xdec xpct ci")]
    [InlineData("n=1234 patients", "n xnum patients")]
    [InlineData("A thread 🧵👇", "a thread xthread xemoji")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Normalize_SocialMediaText_GivesModelTokens(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_LookAlikeAndZeroWidthCharacters_AreFolded()
    {
        // Cyrillic а in "mirаcle", a zero-width joiner inside "ivermectin".
        Assert.Equal("miracle ivermectin", TextNormalizer.Normalize("mir\u0430cle iver\u200Dmectin"));
    }

    [Fact]
    public void Normalize_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("text", () => TextNormalizer.Normalize(null!));
    }
}
