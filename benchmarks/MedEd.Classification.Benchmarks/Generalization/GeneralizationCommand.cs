using System.Globalization;
using MedEd.Classification.Training;

namespace MedEd.Classification.Benchmarks.Generalization;

/// <summary>
/// <c>generalization [data-folder] [--model file]</c>: prints how the bundled model (or the given
/// model file) does on ../shared/data and, for the bundled model, how the same model retrained
/// without the term lists does.
/// </summary>
internal static class GeneralizationCommand
{
    public static int Run(string[] args)
    {
        var root = FindRoot();
        var modelIndex = Array.IndexOf(args, "--model");
        var model = modelIndex > 0 && modelIndex + 1 < args.Length ? args[modelIndex + 1] : null;
        var positional = args.Skip(1).Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i] != "--model")).ToArray();
        var data = positional.Length > 0 ? positional[0] : Path.Combine(root, "..", "shared", "data");
        if (!Directory.Exists(data))
        {
            Console.Error.WriteLine($"No evaluation data at {data}; pass its folder as the second argument.");
            return 2;
        }

        if (model is not null)
        {
            Print(model, GeneralizationEvaluator.Evaluate(PostClassifier.Load(model), data));
            return 0;
        }

        Print("bundled model (with term lists)", GeneralizationEvaluator.Evaluate(PostClassifier.Default, data));
        var corpus = Path.Combine(root, "models", "corpus");
        var train = CorpusReader.ReadJsonLines(Path.Combine(corpus, "train.jsonl"));
        var dev = CorpusReader.ReadJsonLines(Path.Combine(corpus, "dev.jsonl"));
        Console.WriteLine("(training the same model without the term lists...)");
        var without = ClassifierTrainer.Train(train, dev, new TrainerOptions { UseLexicon = false }).ToClassifier();
        Print("same model without term lists", GeneralizationEvaluator.Evaluate(without, data));
        return 0;
    }

    private static void Print(string title, GeneralizationReport r)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"\n## {title}");
        foreach (var (name, t) in (ReadOnlySpan<(string, TopicTransfer)>)[("medical-abstracts titles", r.Titles), ("medical-abstracts title+abstract", r.Abstracts)])
        {
            Console.WriteLine(string.Create(inv, $"{name}: macro-F1 over the four mapped topics {t.MacroF1:F3}"));
            foreach (var x in t.PerTopic)
            {
                Console.WriteLine(string.Create(inv, $"  {x.Topic,-30} support {x.Support,4}  recall {x.Recall:F3}  precision {x.Precision:F3}  F1 {x.F1:F3}"));
            }
        }

        foreach (var x in r.Rumors)
        {
            Console.WriteLine(string.Create(inv, $"covid-rumor {x.Split}: {x.Posts} posts, recall of covid19 {x.Covid19Recall:F3}, band macro-F1 {x.BandMacroF1:F3}, score ROC AUC true vs false {x.ScoreAuc:F3}"));
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MedEd.Classification.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}
