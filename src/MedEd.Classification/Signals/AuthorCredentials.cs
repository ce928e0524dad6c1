using System.Text.RegularExpressions;

namespace MedEd.Classification.Signals;

/// <summary>
/// Finds professional credentials or a named institution in an author's handle or bio, the
/// authorship criterion of the JAMA benchmarks (Silberg 1997).
/// </summary>
internal static class AuthorCredentials
{
    private static readonly Regex s_credential = new(
        @"\b(MD|M\.D\.|DO|PhD|Ph\.D\.|RN|BSN|MSN|NP|FNP|PA-C|PharmD|RPh|MPH|MSc|MBBS|MBChB|MRCP|FRCP|FRCPC|FRCS|FACP|FACC|FASCO|FAAP|FACS|FACEP|DNP|DrPH|DPhil|MBBCh|CRNA|RD|LCSW|Professor|Prof\.|Dr\.|attending|consultant|physician|oncologist|hematologist|haematologist|cardiologist|neurologist|surgeon|nurse|pharmacist|epidemiologist|resident|fellow)(?=\W|$)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(5));

    private static readonly Regex s_institution = new(
        @"\b(university|universit[éeä]t?|hospital|medical cent(er|re)|medical school|school of medicine|college of medicine|institute|clinic|health system|cancer cent(er|re)|NHS|Mayo|Johns Hopkins|Harvard|Stanford|MSK|MD Anderson|Dana-Farber)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(5));

    public static void Find(string? text, TextSource source, List<SignalEvidence> evidence)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var regex in (ReadOnlySpan<Regex>)[s_credential, s_institution])
        {
            foreach (Match m in regex.Matches(text))
            {
                evidence.Add(new SignalEvidence(m.Index, m.Length, m.Value, source));
            }
        }
    }
}
