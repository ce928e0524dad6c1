using System.CommandLine;
using System.CommandLine.Invocation;

namespace MedEd.Classification.Cli;

/// <summary><c>meded --version</c>: the library's version and the bundled model's version.</summary>
internal sealed class VersionAction(CliIo io) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var model = PostClassifier.Default.Model;
        io.Out.WriteLine($"meded {PostClassifier.LibraryVersion} (MedEd.Classification {PostClassifier.LibraryVersion}); bundled model {model.Version}, data sha256 {model.DataSha256?[..12]}");
        return 0;
    }
}
