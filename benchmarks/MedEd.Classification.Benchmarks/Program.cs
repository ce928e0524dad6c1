return args is ["generalization", ..]
    ? MedEd.Classification.Benchmarks.Generalization.GeneralizationCommand.Run(args)
    : RunBenchmarks(args);

static int RunBenchmarks(string[] args)
{
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(MedEd.Classification.Benchmarks.ClassifyBenchmarks).Assembly).Run(args);
    return 0;
}
