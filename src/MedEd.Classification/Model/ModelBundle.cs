using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace MedEd.Classification.Model;

/// <summary>
/// The model file: a zip archive holding <c>manifest.json</c> (labels, thresholds, provenance)
/// and <c>pipeline.zip</c> (the ML.NET transformer chain, from normalised text and signal
/// features to every head's probabilities).
/// </summary>
internal sealed record ModelBundle(ITransformer Pipeline, DataViewSchema InputSchema, ModelManifest Manifest)
{
    private const string ManifestEntry = "manifest.json";
    private const string PipelineEntry = "pipeline.zip";

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public void Save(MLContext ml, Stream destination)
    {
        // The manifest carries the pipeline's SHA-256, so that a damaged or altered pipeline is
        // refused at load instead of running with corrupted weights.
        using var pipeline = new MemoryStream();
        ml.Model.Save(Pipeline, InputSchema, pipeline);
        var manifest = Manifest with { PipelineSha256 = Convert.ToHexStringLower(SHA256.HashData(pipeline.GetBuffer().AsSpan(0, (int)pipeline.Length))) };
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        var manifestEntry = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal);
        using (var s = manifestEntry.Open())
        {
            JsonSerializer.Serialize(s, manifest, JsonOptions);
        }

        // The pipeline is a zip itself; storing it uncompressed keeps loading fast.
        var pipelineEntry = zip.CreateEntry(PipelineEntry, CompressionLevel.NoCompression);
        using var p = pipelineEntry.Open();
        pipeline.Position = 0;
        pipeline.CopyTo(p);
    }

    /// <exception cref="InvalidDataException">The stream is not a model file of this library.</exception>
    public static ModelBundle Load(MLContext ml, Stream source, string sourceName)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{sourceName} is not a MedEd.Classification model: it is not a zip archive ({e.Message}).", e);
        }

        using (zip)
        {
            var manifest = ReadManifest(zip, sourceName);
            var entry = zip.GetEntry(PipelineEntry)
                ?? throw new InvalidDataException($"{sourceName} is not a MedEd.Classification model: it has no '{PipelineEntry}' entry.");
            var buffer = new MemoryStream();
            try
            {
                using (var s = entry.Open())
                {
                    s.CopyTo(buffer);
                }

                var hash = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
                if (!string.Equals(hash, manifest.PipelineSha256, StringComparison.Ordinal))
                {
                    throw new InvalidDataException(
                        $"{sourceName} is damaged or was altered: the pipeline's SHA-256 ({hash}) is not the one its manifest records ({manifest.PipelineSha256 ?? "none"}). Use an intact copy of the model file.");
                }

                buffer.Position = 0;
                var pipeline = ml.Model.Load(buffer, out var inputSchema);
                var bundle = new ModelBundle(pipeline, inputSchema, manifest);
                bundle.CheckOutputs(sourceName);
                return bundle;
            }
            catch (Exception e) when (e is not InvalidDataException and not OutOfMemoryException)
            {
                throw new InvalidDataException($"{sourceName}: the ML.NET pipeline in the model file could not be loaded: {e.Message}", e);
            }
        }
    }

    private static ModelManifest ReadManifest(ZipArchive zip, string sourceName)
    {
        var entry = zip.GetEntry(ManifestEntry)
            ?? throw new InvalidDataException($"{sourceName} is not a MedEd.Classification model: it has no '{ManifestEntry}' entry.");
        ModelManifest? manifest;
        try
        {
            using var s = entry.Open();
            manifest = JsonSerializer.Deserialize<ModelManifest>(s, JsonOptions);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            throw new InvalidDataException($"{sourceName}: '{ManifestEntry}' is not valid: {e.Message}", e);
        }

        if (manifest is null)
        {
            throw new InvalidDataException($"{sourceName}: '{ManifestEntry}' is empty.");
        }

        ManifestCheck.Validate(manifest, sourceName);
        return manifest;
    }

    private void CheckOutputs(string sourceName)
    {
        var output = Pipeline.GetOutputSchema(InputSchema);
        CheckVector(output, ModelColumns.TopicProbabilities, Manifest.Topics.Count, sourceName);
        CheckVector(output, ModelColumns.ContentTypeScores, Manifest.ContentTypes.Count, sourceName);
        CheckVector(output, ModelColumns.CredibilityScores, Manifest.CredibilityBands.Count, sourceName);
    }

    private static void CheckVector(DataViewSchema schema, string column, int size, string sourceName)
    {
        var col = schema.GetColumnOrNull(column)
            ?? throw new InvalidDataException($"{sourceName}: the pipeline has no '{column}' output; it was not written by this library's trainer.");
        if (col.Type is not VectorDataViewType v || v.Size != size)
        {
            throw new InvalidDataException(
                $"{sourceName}: the pipeline's '{column}' output has type {col.Type}, but the manifest lists {size} labels; the model and its manifest do not match.");
        }
    }
}
