namespace MetaFence.Sources.Files;

/// <summary>
/// The text of one YAML document, numbered as YAML counts documents (1-based), with the file
/// line its text starts on. <see cref="HasContent"/> is false for documents holding only
/// comments (Helm renders such documents).
/// </summary>
internal sealed record YamlChunk(int Document, int StartLine, string Text, bool HasContent);
