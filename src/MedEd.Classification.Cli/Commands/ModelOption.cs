using System.CommandLine;

namespace MedEd.Classification.Cli.Commands;

/// <summary>The --model option shared by the commands that classify, and how it loads a classifier.</summary>
internal static class ModelOption
{
    public static Option<string?> Create() => new("--model", "-m")
    {
        Description = "A model file written by 'meded train'. Default: the model bundled in the library.",
    };

    public static PostClassifier Load(string? path, ClassifierOptions? options = null)
    {
        if (path is null)
        {
            return options is null ? PostClassifier.Default : PostClassifier.Load(BundledModel(), options);
        }

        return PostClassifier.Load(path, options);
    }

    private static MemoryStream BundledModel()
    {
        // Default has fixed options; a run with other options loads the bundled model afresh.
        using var s = typeof(PostClassifier).Assembly.GetManifestResourceStream("MedEd.Classification.DefaultModel.zip")
            ?? throw new CliException("this build has no bundled model; pass --model.");
        var copy = new MemoryStream();
        s.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
