using MetaFence.Core.Plans;

namespace MetaFence.Rendering.Yaml;

/// <summary>
/// One generated document: a YAML manifest (one object) or, for the cloud style, a Markdown text.
/// <see cref="File"/> is the file it goes to with <c>--out</c>; documents sharing a file are joined by <c>---</c>.
/// </summary>
public sealed record RenderedDocument(FenceStyle Style, string File, string Text, bool IsManifest);
