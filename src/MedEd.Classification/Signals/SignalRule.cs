using System.Text.RegularExpressions;

namespace MedEd.Classification.Signals;

/// <summary>One signal of the rule file: its id, polarity and compiled patterns.</summary>
internal sealed record SignalRule(string Id, SignalPolarity Polarity, IReadOnlyList<Regex> Patterns);
