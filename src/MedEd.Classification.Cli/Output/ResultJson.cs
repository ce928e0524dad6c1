using System.Text.Json;
using MedEd.Classification.Cli.Input;

namespace MedEd.Classification.Cli.Output;

/// <summary>Writes one JSON Lines record per input row: a classification, or the error that kept it from one.</summary>
internal static class ResultJson
{
    public static void Write(Utf8JsonWriter w, InputRecord input, ClassificationResult? result, string? error)
    {
        w.WriteStartObject();
        w.WriteString("source", input.Source);
        w.WriteNumber("line", input.Line);
        if (input.Id is not null)
        {
            w.WriteString("id", input.Id);
        }

        if (result is null)
        {
            w.WriteString("error", error ?? input.Error);
            w.WriteEndObject();
            return;
        }

        w.WriteStartArray("topics");
        foreach (var t in result.Topics)
        {
            Score(w, t);
        }

        w.WriteEndArray();
        if (result.AllTopicProbabilities.Count > 0)
        {
            w.WriteStartObject("all_topics");
            foreach (var t in result.AllTopicProbabilities)
            {
                w.WriteNumber(t.Label, Math.Round(t.Probability, 4));
            }

            w.WriteEndObject();
        }

        w.WriteString("content_type", result.ContentType);
        w.WriteNumber("content_type_probability", Math.Round(result.ContentTypeProbabilities[0].Probability, 4));
        w.WriteStartObject("credibility");
        w.WriteNumber("score", result.Credibility.Score);
        w.WriteString("band", result.Credibility.Band);
        w.WriteStartArray("signals");
        foreach (var s in result.Credibility.Signals)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("polarity", s.Polarity.ToString().ToLowerInvariant());
            w.WriteStartArray("evidence");
            foreach (var e in s.Evidence)
            {
                w.WriteStartObject();
                if (e.Source != TextSource.Text)
                {
                    w.WriteString("source", e.Source.ToString());
                }

                w.WriteNumber("start", e.Start);
                w.WriteNumber("length", e.Length);
                w.WriteString("text", e.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        if (result.Truncated)
        {
            w.WriteBoolean("truncated", true);
        }

        w.WriteEndObject();
    }

    private static void Score(Utf8JsonWriter w, LabelScore s)
    {
        w.WriteStartObject();
        w.WriteString("label", s.Label);
        w.WriteNumber("probability", Math.Round(s.Probability, 4));
        w.WriteEndObject();
    }
}
