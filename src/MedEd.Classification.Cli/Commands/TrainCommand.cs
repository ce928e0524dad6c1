using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using MedEd.Classification.Cli.Output;
using MedEd.Classification.Evaluation;
using MedEd.Classification.Training;

namespace MedEd.Classification.Cli.Commands;

/// <summary>
/// <c>meded train</c>: trains every head from a corpus with a fixed seed and writes the model and
/// its model card, atomically.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(CliIo io)
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "Folder with train.jsonl, dev.jsonl and test.jsonl.",
            DefaultValueFactory = _ => Path.Combine("models", "corpus"),
        };
        var train = new Option<string?>("--train") { Description = "Training file (default: <corpus>/train.jsonl)." };
        var dev = new Option<string?>("--dev") { Description = "Dev file for thresholds (default: <corpus>/dev.jsonl if it exists; otherwise cross-validation)." };
        var test = new Option<string?>("--test") { Description = "Test file for the model card's metrics (default: <corpus>/test.jsonl if it exists)." };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The model file to write; the model card is written beside it (<name>.card.json and MODEL_CARD.md).",
            DefaultValueFactory = _ => Path.Combine("models", "meded-default.zip"),
        };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 42 };
        var version = new Option<string?>("--model-version") { Description = "Version written into the model (default: today's date)." };
        var check = new Option<string?>("--check-card")
        {
            Description = "After training, compare data hash, labels and metrics with this model card (JSON) and fail if they differ.",
        };
        var defaults = new TrainerOptions();
        var topicL2 = new Option<float>("--topic-l2") { Description = "L2 regularisation of the topic heads.", DefaultValueFactory = _ => defaults.TopicL2 };
        var classL2 = new Option<float>("--class-l2") { Description = "L2 regularisation of the content-type and credibility heads.", DefaultValueFactory = _ => defaults.ClassL2 };
        var wordNgrams = new Option<int>("--word-ngrams") { Description = "Longest word n-gram (1-3).", DefaultValueFactory = _ => defaults.WordNgramLength };
        var charNgrams = new Option<int>("--char-ngrams") { Description = "Character n-gram length (2-6).", DefaultValueFactory = _ => defaults.CharNgramLength };
        var noLexicon = new Option<bool>("--no-lexicon") { Description = "Train without the curated term-list features (for comparison)." };
        var credibility = new Option<CredibilityModelKind>("--credibility-model")
        {
            Description = "Credibility head: auto (train both, keep the better on dev), linear or stacked.",
            DefaultValueFactory = _ => CredibilityModelKind.Auto,
        };
        var noCopies = new Option<bool>("--no-term-list-copies") { Description = "Do not train the topic heads on term-list-only copies of the posts (for comparison)." };
        var command = new Command("train", "Train the model from labelled posts and write it with its model card.")
        {
            corpus, train, dev, test, output, seed, version, check, topicL2, classL2, wordNgrams, charNgrams, noLexicon, noCopies, credibility,
        };
        command.SetAction((parse, ct) =>
        {
            var options = new TrainerOptions
            {
                Seed = parse.GetValue(seed),
                ModelVersion = parse.GetValue(version),
                TopicL2 = parse.GetValue(topicL2),
                ClassL2 = parse.GetValue(classL2),
                WordNgramLength = parse.GetValue(wordNgrams),
                CharNgramLength = parse.GetValue(charNgrams),
                UseLexicon = !parse.GetValue(noLexicon),
                TermListCopies = !parse.GetValue(noCopies),
                CredibilityModel = parse.GetValue(credibility),
            };
            return Task.FromResult(Run(io, parse, corpus, train, dev, test, output, options, check, ct));
        });
        return command;
    }

    private static int Run(
        CliIo io, ParseResult parse, Option<string> corpus, Option<string?> train, Option<string?> dev, Option<string?> test,
        Option<string> output, TrainerOptions options, Option<string?> check, CancellationToken ct)
    {
        var dir = parse.GetValue(corpus)!;
        var trainPath = parse.GetValue(train) ?? Path.Combine(dir, "train.jsonl");
        var devPath = parse.GetValue(dev) ?? Existing(Path.Combine(dir, "dev.jsonl"));
        var testPath = parse.GetValue(test) ?? Existing(Path.Combine(dir, "test.jsonl"));
        var progress = new Progress<string>(line => io.Error.WriteLine($"meded train: {line}"));
        var clock = Stopwatch.StartNew();

        var trainPosts = CorpusReader.ReadJsonLines(trainPath);
        var devPosts = devPath is null ? null : CorpusReader.ReadJsonLines(devPath);
        var testPosts = testPath is null ? null : CorpusReader.ReadJsonLines(testPath);
        var files = new Dictionary<string, (string, int)> { ["train"] = (trainPath, trainPosts.Count) };
        if (devPath is not null)
        {
            files["dev"] = (devPath, devPosts!.Count);
        }

        if (testPath is not null)
        {
            files["test"] = (testPath, testPosts!.Count);
        }

        var model = ClassifierTrainer.Train(trainPosts, devPosts, options, progress, ct);
        var trainingTime = clock.Elapsed;
        EvaluationReport? testReport = null;
        if (testPosts is not null)
        {
            io.Error.WriteLine("meded train: evaluating on the test split");
            testReport = Evaluator.Evaluate(model.ToClassifier(), testPosts, ct);
        }

        var outPath = parse.GetValue(output)!;
        using var buffer = new MemoryStream();
        model.Save(buffer);
        var card = ModelCard.Build(model, Path.GetFileName(outPath), buffer.Length, files, testReport, trainingTime);
        if (parse.GetValue(check) is { } cardPath)
        {
            var expected = JsonNode.Parse(File.ReadAllText(cardPath))!.AsObject();
            var differences = ModelCard.Differences(expected, card).ToList();
            foreach (var d in differences)
            {
                io.Error.WriteLine($"meded train: {d}");
            }

            if (differences.Count > 0)
            {
                io.Error.WriteLine($"meded train: the retrained model does not reproduce {cardPath}.");
                return 1;
            }

            io.Error.WriteLine($"meded train: data hash, labels and metrics reproduce {cardPath}.");
        }

        // The model first, then its cards, each atomically: a failure leaves the previous files intact.
        model.Save(outPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(outPath))!;
        WriteText(Path.ChangeExtension(outPath, ".card.json"), ModelCard.ToJson(card));
        WriteText(Path.Combine(folder, "MODEL_CARD.md"), ModelCard.ToMarkdown(card));
        io.Error.WriteLine($"meded train: wrote {outPath} ({buffer.Length:N0} bytes) in {clock.Elapsed.TotalSeconds:F1} s");
        io.Out.Write(testReport?.ToText() ?? model.DevReport?.ToText() ?? "");
        return 0;
    }

    private static string? Existing(string path) => File.Exists(path) ? path : null;

    private static void WriteText(string path, string text)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }
}
