namespace MedEd.Classification.Tests;

/// <summary>Finds the repository's folders from the test's working directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "models", "corpus");

    public static string Models => Path.Combine(Root, "models");

    /// <summary>The shared evaluation data beside the repository, or null where it is absent (it is not part of the project).</summary>
    public static string? SharedData
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MedEd.Classification.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The tests must run inside the repository (MedEd.Classification.sln not found above " + AppContext.BaseDirectory + ").");
    }
}
