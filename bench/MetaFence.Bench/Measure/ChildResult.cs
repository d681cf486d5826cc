using System.Globalization;

namespace MetaFence.Bench.Measure;

/// <summary>
/// The figures a measuring child reports: one <c>key=value</c> line each on stdout (numbers in
/// invariant culture), read back by the parent.
/// </summary>
internal sealed class ChildResult(IReadOnlyDictionary<string, double> values)
{
    public double this[string key] => values.TryGetValue(key, out var value)
        ? value
        : throw new InvalidOperationException($"the child did not report '{key}'");

    public static void Print(Dictionary<string, double> values)
    {
        foreach (var (key, value) in values)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}={value:R}"));
        }
    }

    /// <summary>Reads every <c>key=number</c> line and ignores anything else the child printed.</summary>
    public static ChildResult Parse(string output)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && double.TryParse(line[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                values[line[..equals]] = value;
            }
        }

        return new ChildResult(values);
    }
}
