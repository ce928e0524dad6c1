using System.CommandLine;
using MedEd.Classification.Evaluation;
using MedEd.Classification.Training;

namespace MedEd.Classification.Cli.Commands;

/// <summary><c>meded evaluate</c>: per-label precision, recall and F1 and their averages on a labelled file.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliIo io)
    {
        var file = new Argument<string>("file") { Description = "Labelled posts in the corpus format (JSON Lines)." };
        var model = ModelOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the report as JSON instead of text." };
        var command = new Command("evaluate", "Compare the model's predictions with the gold labels of a labelled file.") { file, model, json };
        command.SetAction((parse, ct) =>
        {
            var posts = CorpusReader.ReadJsonLines(parse.GetValue(file)!);
            var report = Evaluator.Evaluate(ModelOption.Load(parse.GetValue(model)), posts, ct);
            io.Out.Write(parse.GetValue(json) ? report.ToJson() + "\n" : report.ToText());
            return Task.FromResult(0);
        });
        return command;
    }
}
