using MedEd.Classification.Training;

namespace MedEd.Classification.Tests;

/// <summary>
/// A small model trained once per test run, in memory, with a fixed seed, from the first posts of
/// the corpus's train split: fast to train, good enough to test the API's contract.
/// </summary>
public sealed class SmallModelFixture
{
    public SmallModelFixture()
    {
        var train = CorpusReader.ReadJsonLines(Path.Combine(RepoPaths.Corpus, "train.jsonl"));
        var dev = CorpusReader.ReadJsonLines(Path.Combine(RepoPaths.Corpus, "dev.jsonl"));
        Train = [.. train.Take(600)];
        Dev = [.. dev.Take(150)];
        Model = ClassifierTrainer.Train(Train, Dev, new TrainerOptions { Seed = 7, ModelVersion = "test" });
        Classifier = Model.ToClassifier();
    }

    public IReadOnlyList<LabeledPost> Train { get; }

    public IReadOnlyList<LabeledPost> Dev { get; }

    public TrainedModel Model { get; }

    public PostClassifier Classifier { get; }
}

[CollectionDefinition(Name)]
public sealed class SmallModelGroup : ICollectionFixture<SmallModelFixture>
{
    public const string Name = "small model";
}
