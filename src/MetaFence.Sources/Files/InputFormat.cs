namespace MetaFence.Sources.Files;

/// <summary>How an input is parsed: by its extension, or sniffed from its first character.</summary>
internal enum InputFormat
{
    Json,
    Yaml,
    Sniff,
}
