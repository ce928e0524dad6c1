BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(MedEd.Classification.Benchmarks.ClassifyBenchmarks).Assembly).Run(args);
