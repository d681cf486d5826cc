using System.Text.Json;

namespace MetaFence.Sources.Files;

/// <summary>A place in a streamed JSON text to read again from: offset, reader state and line.</summary>
internal readonly record struct JsonCheckpoint(long Offset, JsonReaderState State, int Line);
