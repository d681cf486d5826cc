using MetaFence.Core.Snapshot;

namespace MetaFence.Testing.World;

/// <summary>Label sets written the way <c>kubectl --show-labels</c> prints them: <c>app=a,tier=web</c>.</summary>
public static class Labels
{
    /// <summary>Parses <c>k=v,k2=v2</c>; an empty text is the empty label set.</summary>
    public static LabelSet Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Trim().Length == 0)
        {
            return LabelSet.Empty;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new FormatException($"label '{part}' in '{text}': expected key=value");
            }

            pairs.Add(KeyValuePair.Create(part[..eq].Trim(), part[(eq + 1)..].Trim()));
        }

        return LabelSet.Of(pairs);
    }
}
