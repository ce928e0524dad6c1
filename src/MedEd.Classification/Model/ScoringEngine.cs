using System.Collections.Concurrent;
using Microsoft.ML;

namespace MedEd.Classification.Model;

/// <summary>
/// Runs the ML.NET pipeline for one post at a time from any number of threads. ML.NET's
/// PredictionEngine is not thread-safe, so each call rents one from a pool (engines share the
/// transformer: <c>OwnsTransformer = false</c>) and returns it afterwards.
/// </summary>
internal sealed class ScoringEngine
{
    private readonly MLContext _ml;
    private readonly ModelBundle _bundle;
    private readonly Microsoft.ML.Data.SchemaDefinition _inputSchema;
    private readonly ConcurrentBag<PredictionEngine<ModelInput, ModelOutput>> _pool = [];
    private readonly int _maxPooled = Math.Max(4, Environment.ProcessorCount * 2);

    public ScoringEngine(MLContext ml, ModelBundle bundle)
    {
        _ml = ml;
        _bundle = bundle;
        _inputSchema = ModelInput.Schema<ModelInput>(bundle.Manifest.SignalFeatures.Count, bundle.Manifest.LexiconFeatures.Count);

        // Build one engine now so that a model that cannot run fails at load, not at first use.
        _pool.Add(Create());
    }

    public ModelOutput Score(ModelInput input)
    {
        if (!_pool.TryTake(out var engine))
        {
            engine = Create();
        }

        try
        {
            return engine.Predict(input);
        }
        finally
        {
            if (_pool.Count < _maxPooled)
            {
                _pool.Add(engine);
            }
            else
            {
                engine.Dispose();
            }
        }
    }

    private PredictionEngine<ModelInput, ModelOutput> Create() =>
        _ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(
            _bundle.Pipeline,
            new PredictionEngineOptions { OwnsTransformer = false, InputSchemaDefinition = _inputSchema, IgnoreMissingColumns = true });
}
