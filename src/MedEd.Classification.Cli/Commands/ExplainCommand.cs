using System.CommandLine;
using System.Globalization;

namespace MedEd.Classification.Cli.Commands;

/// <summary><c>meded explain</c>: for one post, the features and signals that contributed most to each predicted label.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliIo io)
    {
        var text = new Argument<string>("text") { Description = "The post's text ('-' reads it from standard input)." };
        var model = ModelOption.Create();
        var top = new Option<int>("--top") { Description = "Contributions to list per label (1-100).", DefaultValueFactory = _ => 8 };
        var command = new Command("explain", "Explain one post's classification: the words, n-grams, term lists and signals that contributed most to each label.")
        {
            text, model, top,
        };
        command.SetAction((parse, _) =>
        {
            var value = parse.GetValue(text)!;
            var post = new Post(value == "-" ? io.In.ReadToEnd() : value);
            var explanation = ModelOption.Load(parse.GetValue(model)).Explain(post, parse.GetValue(top));
            var inv = CultureInfo.InvariantCulture;
            foreach (var label in explanation.Labels)
            {
                io.Out.WriteLine(string.Create(inv, $"{label.Head} {label.Label} (p = {label.Probability:F2})"));
                foreach (var c in label.Contributions)
                {
                    io.Out.WriteLine(string.Create(inv, $"  {c.Contribution,7:+0.00;-0.00}  {c.Feature}"));
                }
            }

            var credibility = explanation.Result.Credibility;
            io.Out.WriteLine(string.Create(inv, $"credibility score {credibility.Score}/100; signals:"));
            foreach (var s in credibility.Signals)
            {
                io.Out.WriteLine($"  {s.Polarity.ToString().ToLowerInvariant(),-8} {s.Id}: {string.Join(" | ", s.Evidence.Select(e => e.Text))}");
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
