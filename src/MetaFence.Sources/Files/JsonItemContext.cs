namespace MetaFence.Sources.Files;

/// <summary>What streaming the items of one top-level JSON list needs to know.</summary>
internal sealed record JsonItemContext(string File, int Document, byte[] Buffer, LineCounter Lines, JsonListScan Scan);
