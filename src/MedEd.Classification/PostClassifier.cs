using System.Reflection;
using MedEd.Classification.Model;
using MedEd.Classification.Signals;
using MedEd.Classification.Text;
using Microsoft.ML;

namespace MedEd.Classification;

/// <summary>
/// Classifies medical social-media posts: topics (multi-label), content type, and credibility
/// with the signals that explain it. The entry point of the library.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe: one classifier can serve any number of threads at
/// once. Load a classifier once and keep it; loading reads and compiles the whole model.
/// A model file is executable-like content: load only models you trust.
/// </remarks>
public sealed class PostClassifier
{
    private const string DefaultModelResource = "MedEd.Classification.DefaultModel.zip";

    private static readonly Lazy<PostClassifier> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ScoringEngine _engine;
    private readonly ModelManifest _manifest;
    private readonly FeatureExtractor _features;
    private readonly Explainer _explainer;
    private readonly ClassifierOptions _options;

    private PostClassifier(ModelBundle bundle, MLContext ml, ClassifierOptions options)
    {
        _manifest = bundle.Manifest;
        _options = options;
        _features = new FeatureExtractor(SignalDetector.Default, _manifest.LexiconSha256 is not null);
        _engine = new ScoringEngine(ml, bundle);
        _explainer = new Explainer(bundle, ml);
        Model = new ModelInfo
        {
            Version = _manifest.ModelVersion,
            Topics = _manifest.Topics,
            TopicThresholds = _manifest.TopicThresholds,
            ContentTypes = _manifest.ContentTypes,
            CredibilityBands = _manifest.CredibilityBands,
            Signals = SignalDetector.Default.FeatureIds,
            DataSha256 = _manifest.DataSha256,
            MlNetVersion = _manifest.MlNetVersion,
            TrainedAt = _manifest.TrainedAt,
        };
    }

    /// <summary>
    /// The classifier with the model bundled in the library and default options. Loaded once, on
    /// first use, however many threads ask for it at once.
    /// </summary>
    /// <exception cref="InvalidOperationException">The library was built without its bundled model.</exception>
    public static PostClassifier Default => s_default.Value;

    /// <summary>The version of this library (the package version).</summary>
    public static string LibraryVersion { get; } =
        typeof(PostClassifier).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    /// <summary>What the loaded model predicts and how it was made.</summary>
    public ModelInfo Model { get; }

    /// <summary>The options this classifier was loaded with.</summary>
    public ClassifierOptions Options => _options;

    /// <summary>Loads the model bundled in the library with other options than <see cref="Default"/>'s: a new, independent classifier.</summary>
    /// <param name="options">Options.</param>
    /// <returns>A thread-safe classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its valid range.</exception>
    /// <exception cref="InvalidOperationException">The library was built without its bundled model.</exception>
    public static PostClassifier LoadDefault(ClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var stream = BundledModel();
        return Load(stream, options, "the bundled model");
    }

    /// <summary>Loads a model written by the trainer (<c>meded train</c> or <see cref="Training.ClassifierTrainer"/>) from a stream.</summary>
    /// <param name="model">The model file's content. Read to the end; not closed.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its valid range.</exception>
    /// <exception cref="InvalidDataException">The stream is not a model file this library can run; the message says why.</exception>
    public static PostClassifier Load(Stream model, ClassifierOptions? options = null) =>
        Load(model, options, "the model stream");

    /// <summary>Loads a model written by the trainer from a file.</summary>
    /// <param name="path">The model file's path.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its valid range.</exception>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a model file this library can run; the message says why.</exception>
    public static PostClassifier Load(string path, ClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No model file at '{path}'. Train one with 'meded train' or use PostClassifier.Default.", path);
        }

        using var stream = File.OpenRead(path);
        return Load(stream, options, path);
    }

    internal static PostClassifier FromBundle(ModelBundle bundle, ClassifierOptions? options)
    {
        options ??= new ClassifierOptions();
        options.Validate();
        return new PostClassifier(bundle, new MLContext(seed: 0), options);
    }

    private static PostClassifier Load(Stream model, ClassifierOptions? options, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new ClassifierOptions();
        options.Validate();
        var ml = new MLContext(seed: 0);
        var bundle = ModelBundle.Load(ml, model, sourceName);
        return new PostClassifier(bundle, ml, options);
    }

    /// <summary>Classifies one post given as text.</summary>
    /// <param name="text">The post's text; empty or whitespace gives a result with no topics.</param>
    /// <returns>The topics, content type and credibility of the post.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The text is longer than <see cref="ClassifierOptions.MaxTextLength"/> and <see cref="ClassifierOptions.LongText"/> is <see cref="LongTextBehavior.Throw"/>.</exception>
    public ClassificationResult Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ClassifyCore(new Post(text), nameof(text));
    }

    /// <summary>Classifies one post with its optional author metadata.</summary>
    /// <param name="post">The post.</param>
    /// <returns>The topics, content type and credibility of the post.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="post"/> or its text is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The text is longer than <see cref="ClassifierOptions.MaxTextLength"/> and <see cref="ClassifierOptions.LongText"/> is <see cref="LongTextBehavior.Throw"/>.</exception>
    public ClassificationResult Classify(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(post.Text, nameof(post));
        return ClassifyCore(post, nameof(post));
    }

    /// <summary>Classifies many posts, in parallel on every core; the results are in input order.</summary>
    /// <param name="posts">The posts; none may be null.</param>
    /// <param name="cancellationToken">Stops the work; the call then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per post, in the order of <paramref name="posts"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or one of its posts is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<ClassificationResult> ClassifyBatch(IReadOnlyList<Post> posts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posts);
        for (var i = 0; i < posts.Count; i++)
        {
            if (posts[i] is null || posts[i].Text is null)
            {
                throw new ArgumentNullException(nameof(posts), $"Post {i} of the batch (or its text) is null.");
            }
        }

        var results = new ClassificationResult[posts.Count];
        Parallel.For(
            0,
            posts.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            i => results[i] = Classify(posts[i]));
        return results;
    }

    /// <summary>
    /// Classifies a post and explains each predicted label (topics, content type, credibility band)
    /// by the features that pushed its score most, read from the model's own weights. Slower than
    /// <see cref="Classify(Post)"/>: for inspection, not for bulk work.
    /// </summary>
    /// <param name="post">The post.</param>
    /// <param name="top">How many contributions to list per label; 1 to 100, default 10.</param>
    /// <returns>The classification and its explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="post"/> or its text is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is out of range.</exception>
    public Explanation Explain(Post post, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(post.Text, nameof(post));
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(top, 100);
        var (text, truncated) = Truncate(post.Text, nameof(post));
        var (input, signals) = _features.Extract(text, post.AuthorHandle, post.AuthorBio, post.CreatedAt);
        return _explainer.Explain(Score(input, signals, truncated), input, top);
    }

    private ClassificationResult ClassifyCore(Post post, string paramName)
    {
        var (cut, truncated) = Truncate(post.Text, paramName);
        var (input, signals) = _features.Extract(cut, post.AuthorHandle, post.AuthorBio, post.CreatedAt);
        return Score(input, signals, truncated);
    }

    private ClassificationResult Score(ModelInput input, IReadOnlyList<CredibilitySignal> signals, bool truncated)
    {
        var output = _engine.Score(input);
        return ResultBuilder.Build(_manifest, output, signals, input.Text.Length == 0, truncated, _options.IncludeAllTopicProbabilities);
    }

    private (string Text, bool Truncated) Truncate(string text, string paramName)
    {
        if (text.Length > _options.MaxTextLength)
        {
            if (_options.LongText == LongTextBehavior.Throw)
            {
                throw new ArgumentOutOfRangeException(
                    paramName,
                    text.Length,
                    $"The text has {text.Length:N0} characters; the limit is {_options.MaxTextLength:N0} (ClassifierOptions.MaxTextLength). Raise the limit or set LongText to Truncate.");
            }

            var cut = _options.MaxTextLength;
            if (char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            return (text[..cut], true);
        }

        return (text, false);
    }

    private static PostClassifier LoadDefault()
    {
        using var stream = BundledModel();
        return Load(stream, null, "the bundled model");
    }

    private static Stream BundledModel() =>
        typeof(PostClassifier).Assembly.GetManifestResourceStream(DefaultModelResource)
            ?? throw new InvalidOperationException(
                "This build of MedEd.Classification has no bundled model (models/meded-default.zip was missing when it was built). Train it with 'meded train' and rebuild, or load a model with PostClassifier.Load.");
}
