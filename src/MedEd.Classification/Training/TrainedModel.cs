using MedEd.Classification.Evaluation;
using MedEd.Classification.Model;
using Microsoft.ML;

namespace MedEd.Classification.Training;

/// <summary>A model the trainer produced, not yet saved.</summary>
public sealed class TrainedModel
{
    private readonly ModelBundle _bundle;

    internal TrainedModel(ModelBundle bundle, EvaluationReport? devReport, CredibilityComparison? credibilityComparison)
    {
        _bundle = bundle;
        DevReport = devReport;
        CredibilityComparison = credibilityComparison;
        Info = PostClassifier.FromBundle(bundle, null).Model;
    }

    /// <summary>The model's labels, thresholds and provenance.</summary>
    public ModelInfo Info { get; }

    /// <summary>The metrics on the dev split of the model trained before the refit; null when no dev split was given.</summary>
    public EvaluationReport? DevReport { get; }

    /// <summary>The linear and stacked credibility heads compared on the dev split; null when only one was trained.</summary>
    public CredibilityComparison? CredibilityComparison { get; }

    /// <summary>Writes the model file to a stream.</summary>
    /// <param name="destination">A writable stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public void Save(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        _bundle.Save(new MLContext(_bundle.Manifest.Seed), destination);
    }

    /// <summary>
    /// Writes the model file atomically: to a temporary file beside <paramref name="path"/>, then
    /// renamed over it, so that a failed or cancelled write leaves any previous model intact.
    /// </summary>
    /// <param name="path">The model file's path; its folder is created if needed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.Write(path, Save);
    }

    /// <summary>A classifier that uses this model, without saving it first.</summary>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>A thread-safe classifier.</returns>
    public PostClassifier ToClassifier(ClassifierOptions? options = null) => PostClassifier.FromBundle(_bundle, options);
}
