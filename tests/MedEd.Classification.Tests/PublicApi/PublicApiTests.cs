using PublicApiGenerator;

namespace MedEd.Classification.Tests.PublicApi;

/// <summary>
/// The public API of each package, compared with the approved text beside this file. A change to
/// the public surface fails here until the approved file is updated on purpose (copy the
/// .received.txt written next to it over the .approved.txt).
/// </summary>
public sealed class PublicApiTests
{
    [Theory]
    [InlineData(typeof(PostClassifier))]
    [InlineData(typeof(MedEd.Classification.DependencyInjection.ServiceCollectionExtensions))]
    public void PublicApi_OfEachPackage_MatchesTheApprovedText(Type typeInAssembly)
    {
        var assembly = typeInAssembly.Assembly;
        var name = assembly.GetName().Name!;
        var folder = Path.Combine(RepoPaths.Root, "tests", "MedEd.Classification.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, name + ".approved.txt");
        var actual = assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] }).ReplaceLineEndings("\n");

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (approved != actual)
        {
            File.WriteAllText(Path.Combine(folder, name + ".received.txt"), actual);
        }

        Assert.True(approved == actual, $"The public API of {name} changed. If that is intended, copy {name}.received.txt over {name}.approved.txt.");
    }
}
