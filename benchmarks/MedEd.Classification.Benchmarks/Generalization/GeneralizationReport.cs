namespace MedEd.Classification.Benchmarks.Generalization;

/// <summary>How a classifier does on real text it was never trained on (../shared/data).</summary>
internal sealed record GeneralizationReport
{
    /// <summary>Medical abstracts, by title: per mapped topic, recall on its class and precision over the whole file.</summary>
    public required TopicTransfer Titles { get; init; }

    /// <summary>Medical abstracts, by title and abstract.</summary>
    public required TopicTransfer Abstracts { get; init; }

    /// <summary>COVID-19 rumours, by split (twitter, news).</summary>
    public required IReadOnlyList<RumorTransfer> Rumors { get; init; }
}

/// <summary>Recall, precision and F1 of each mapped topic, and their macro-F1.</summary>
internal sealed record TopicTransfer(IReadOnlyList<(string Topic, int Support, double Recall, double Precision, double F1)> PerTopic)
{
    public double MacroF1 => PerTopic.Average(t => t.F1);
}

/// <summary>Recall of covid19, credibility-band macro-F1, and the ROC AUC of the score for true vs false.</summary>
internal sealed record RumorTransfer(string Split, int Posts, double Covid19Recall, double BandMacroF1, double ScoreAuc);
