namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>
/// Where a streamed list item sits: file, document, index in <c>items</c>, the line it starts on,
/// and the line of any later offset of the same reader (for the template's location).
/// </summary>
internal readonly record struct StreamedSite(string File, int Document, int Index, int Line, Func<long, int> LineAt);
