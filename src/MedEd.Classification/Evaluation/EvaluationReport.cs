using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MedEd.Classification.Evaluation;

/// <summary>How well a classifier's predictions match gold labels. Immutable.</summary>
public sealed record EvaluationReport
{
    /// <summary>How many posts were evaluated.</summary>
    public required int Posts { get; init; }

    /// <summary>Topic metrics, or null when the data has no topic labels.</summary>
    public required MultiLabelMetrics Topics { get; init; }

    /// <summary>Content-type metrics over the posts that carry a content type; null when none do.</summary>
    public SingleLabelMetrics? ContentType { get; init; }

    /// <summary>Credibility-band metrics over the posts that carry a band; null when none do.</summary>
    public SingleLabelMetrics? Credibility { get; init; }

    /// <summary>Signal-detector metrics over the posts with gold signals; null when none have them.</summary>
    public MultiLabelMetrics? Signals { get; init; }

    /// <summary>The report as indented JSON, with every metric.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Model.ModelBundle.JsonOptions);

    /// <summary>The report as plain-text tables.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append(Inv($"Posts: {Posts}\n\n"));
        Multi(sb, "Topics", Topics);
        Single(sb, "Content type", ContentType);
        Single(sb, "Credibility band", Credibility);
        if (Signals is not null)
        {
            Multi(sb, "Signals (detectors vs gold)", Signals);
        }

        return sb.ToString();
    }

    private static void Multi(StringBuilder sb, string title, MultiLabelMetrics m)
    {
        sb.Append(Inv($"## {title}: micro-P {m.MicroPrecision:F3}  micro-R {m.MicroRecall:F3}  micro-F1 {m.MicroF1:F3}  macro-F1 {m.MacroF1:F3}\n"));
        Table(sb, m.PerLabel);
    }

    private static void Single(StringBuilder sb, string title, SingleLabelMetrics? m)
    {
        if (m is null)
        {
            return;
        }

        sb.Append(Inv($"## {title}: accuracy {m.Accuracy:F3}  macro-F1 {m.MacroF1:F3}  ECE {m.ExpectedCalibrationError:F3}\n"));
        Table(sb, m.PerLabel);
        sb.Append("confusion (rows gold, columns predicted):\n");
        for (var g = 0; g < m.PerLabel.Count; g++)
        {
            sb.Append(Inv($"  {m.PerLabel[g].Label,-28}"));
            foreach (var n in m.Confusion[g])
            {
                sb.Append(Inv($"{n,6}"));
            }

            sb.Append('\n');
        }

        sb.Append("reliability (top probability bin: posts, mean confidence, accuracy):\n");
        foreach (var b in m.Reliability.Where(b => b.Count > 0))
        {
            sb.Append(Inv($"  [{b.Lower:F1}, {b.Upper:F1})  {b.Count,6}  {b.MeanConfidence:F3}  {b.Accuracy:F3}\n"));
        }

        sb.Append('\n');
    }

    private static void Table(StringBuilder sb, IReadOnlyList<LabelMetrics> rows)
    {
        sb.Append(Inv($"  {"label",-30}{"support",8}{"predicted",10}{"precision",10}{"recall",8}{"F1",8}\n"));
        foreach (var l in rows)
        {
            sb.Append(Inv($"  {l.Label,-30}{l.Support,8}{l.Predicted,10}{l.Precision,10:F3}{l.Recall,8:F3}{l.F1,8:F3}\n"));
        }

        sb.Append('\n');
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
