using System.CommandLine;
using MedEd.Classification.Cli.Commands;

namespace MedEd.Classification.Cli;

/// <summary>The <c>meded</c> command line: train, classify and evaluate.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliIo io)
    {
        var root = new RootCommand("meded: classify medical social-media posts (topics, content type, credibility) and retrain the model.")
        {
            ClassifyCommand.Create(io),
            EvaluateCommand.Create(io),
            ExplainCommand.Create(io),
            TrainCommand.Create(io),
        };
        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new VersionAction(io);
            }
        }

        // Exceptions are ours to report: a user error is one line and exit code 2, not a stack trace.
        var config = new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(config);
        }
        catch (Exception e) when (e is CliException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException
                                       or UnauthorizedAccessException or ArgumentException)
        {
            io.Error.WriteLine($"meded: {e.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            io.Error.WriteLine("meded: cancelled.");
            return 130;
        }
    }
}
