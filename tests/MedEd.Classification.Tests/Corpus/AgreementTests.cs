using System.Text.Json;
using MedEd.Classification.Training;

namespace MedEd.Classification.Tests.Corpus;

/// <summary>
/// The second, independent labelling of a 300-post sample (models/corpus/agreement): agreement
/// with the first labelling, and the resolved disagreements carried into the corpus.
/// </summary>
public sealed class AgreementTests
{
    private static readonly string s_folder = Path.Combine(RepoPaths.Corpus, "agreement");
    private static readonly string[] s_splits = ["train.jsonl", "dev.jsonl", "test.jsonl"];

    [Fact]
    public void Kappa_TopicsAndCredibility_AreAtLeast07()
    {
        var first = Read("first.jsonl");
        var second = Read("second.jsonl");
        var ids = first.Keys.Where(second.ContainsKey).ToArray();

        var topics = Kappa.Pooled(ids, Topics.All, id => first[id].Topics, id => second[id].Topics);
        var credibility = Kappa.Nominal(ids.Select(id => first[id].Credibility!).ToArray(), ids.Select(id => second[id].Credibility!).ToArray());
        var contentType = Kappa.Nominal(ids.Select(id => first[id].ContentType!).ToArray(), ids.Select(id => second[id].ContentType!).ToArray());

        Assert.Equal(300, ids.Length);
        Assert.True(topics >= 0.7, $"topic kappa {topics:F3}");
        Assert.True(credibility >= 0.7, $"credibility kappa {credibility:F3}");
        Assert.True(contentType >= 0.6, $"content-type kappa {contentType:F3}");
    }

    [Fact]
    public void Resolved_Disagreements_AreTheLabelsInTheCorpus()
    {
        var corpus = s_splits
            .SelectMany(f => CorpusReader.ReadJsonLines(Path.Combine(RepoPaths.Corpus, f)))
            .ToDictionary(p => p.Id);
        var mismatches = new List<string>();

        foreach (var line in File.ReadLines(Path.Combine(s_folder, "resolved.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var id = doc.RootElement.GetProperty("id").GetString()!;
            var post = corpus[id];
            foreach (var field in doc.RootElement.GetProperty("final").EnumerateObject())
            {
                var actual = field.Name switch
                {
                    "topics" => string.Join(',', post.Topics),
                    "signals" => string.Join(',', post.Signals ?? []),
                    "content_type" => post.ContentType,
                    "credibility" => post.Credibility,
                    _ => throw new InvalidDataException($"resolved.jsonl: unknown field {field.Name}"),
                };
                var expected = field.Value.ValueKind == JsonValueKind.Array
                    ? string.Join(',', field.Value.EnumerateArray().Select(v => v.GetString()))
                    : field.Value.GetString();
                if (actual != expected)
                {
                    mismatches.Add($"{post.Source} {field.Name}: corpus '{actual}', resolved '{expected}'");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    private static Dictionary<string, LabeledPost> Read(string file) =>
        File.ReadLines(Path.Combine(s_folder, file)).Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            return new LabeledPost(r.GetProperty("id").GetString()!, "")
            {
                Topics = [.. r.GetProperty("topics").EnumerateArray().Select(v => v.GetString()!)],
                ContentType = r.GetProperty("content_type").GetString(),
                Credibility = r.GetProperty("credibility").GetString(),
            };
        }).ToDictionary(p => p.Id);
}
