using Microsoft.ML;
using Microsoft.ML.Data;

namespace MedEd.Classification.Training;

/// <summary>A fitted pipeline with the linear credibility head, and the same pipeline with the stacked one when it was fitted.</summary>
internal sealed record PipelineFit(TransformerChain<ITransformer> Linear, TransformerChain<ITransformer>? Stacked);
