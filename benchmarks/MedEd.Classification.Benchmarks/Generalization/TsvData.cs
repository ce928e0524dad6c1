namespace MedEd.Classification.Benchmarks.Generalization;

/// <summary>Reads the evaluation TSV files (header row; no tabs or newlines inside fields).</summary>
internal static class TsvData
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        var rows = new List<Dictionary<string, string>>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length != header.Length)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}:{i + 1}: {fields.Length} fields, the header has {header.Length}.");
            }

            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return rows;
    }
}
