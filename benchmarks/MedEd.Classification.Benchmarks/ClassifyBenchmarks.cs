using BenchmarkDotNet.Attributes;

namespace MedEd.Classification.Benchmarks;

/// <summary>Full classification of one post (topics, content type, credibility and signals) with the bundled model.</summary>
[MemoryDiagnoser]
public class ClassifyBenchmarks
{
    private const string Short = "AML pearl 🧵";
    private const string Typical = "New #ASH23 data: venetoclax + azacitidine in older adults with AML, median OS 14.7 vs 9.6 mo (HR 0.66). Phase 3, doi.org/10.1056/NEJMoa2012971 #HemeTwitter";
    private static readonly string s_long = string.Join(' ', Enumerable.Repeat(Typical, 8));

    private PostClassifier _classifier = null!;

    [GlobalSetup]
    public void Setup()
    {
        _classifier = PostClassifier.Default;
        _classifier.Classify(Typical);
    }

    [Benchmark]
    public ClassificationResult ShortPost() => _classifier.Classify(Short);

    [Benchmark(Baseline = true)]
    public ClassificationResult TypicalPost() => _classifier.Classify(Typical);

    [Benchmark]
    public ClassificationResult LongPost() => _classifier.Classify(s_long);
}
