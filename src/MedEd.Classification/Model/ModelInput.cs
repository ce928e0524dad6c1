using Microsoft.ML;
using Microsoft.ML.Data;

namespace MedEd.Classification.Model;

/// <summary>One row the model reads: the normalised text, the signal features and the term-list features.</summary>
internal class ModelInput
{
    public string Text { get; set; } = "";

    public float[] Signals { get; set; } = [];

    public float[] Lexicon { get; set; } = [];

    /// <summary>The schema of <typeparamref name="T"/> with the vectors' sizes fixed, as ML.NET needs them.</summary>
    public static SchemaDefinition Schema<T>(int signalCount, int lexiconCount)
        where T : ModelInput
    {
        var schema = SchemaDefinition.Create(typeof(T));
        schema[nameof(Signals)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, signalCount);
        schema[nameof(Lexicon)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, lexiconCount);
        return schema;
    }

    public static IDataView ToDataView<T>(MLContext ml, IEnumerable<T> rows, int signalCount, int lexiconCount)
        where T : ModelInput =>
        ml.Data.LoadFromEnumerable(rows, Schema<T>(signalCount, lexiconCount));
}
