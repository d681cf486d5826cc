namespace MetaFence.Sources.Files;

/// <summary>Whether a top-level JSON object is a List whose items are read one by one, and what its items' kind defaults to.</summary>
internal readonly record struct JsonListVerdict(bool IsList, ListItemHint? Hint);
