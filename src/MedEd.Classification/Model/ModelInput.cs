using Microsoft.ML;
using Microsoft.ML.Data;

namespace MedEd.Classification.Model;

/// <summary>One row the model reads: the normalised text and the signal features.</summary>
internal class ModelInput
{
    public string Text { get; set; } = "";

    public float[] Signals { get; set; } = [];

    /// <summary>The schema of <typeparamref name="T"/> with the signal vector's size fixed, as ML.NET needs it.</summary>
    public static SchemaDefinition Schema<T>(int signalCount)
        where T : ModelInput
    {
        var schema = SchemaDefinition.Create(typeof(T));
        schema[nameof(Signals)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, signalCount);
        return schema;
    }

    public static IDataView ToDataView<T>(MLContext ml, IEnumerable<T> rows, int signalCount)
        where T : ModelInput =>
        ml.Data.LoadFromEnumerable(rows, Schema<T>(signalCount));
}
