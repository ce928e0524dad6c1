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
            return options is null ? PostClassifier.Default : PostClassifier.LoadDefault(options);
        }

        return PostClassifier.Load(path, options);
    }
}
