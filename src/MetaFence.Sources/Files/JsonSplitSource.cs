namespace MetaFence.Sources.Files;

/// <summary>How a second thread reads the same JSON input again: a fresh stream, from which size on, its buffer size.</summary>
internal sealed record JsonSplitSource(Func<Stream> Open, long MinimumBytes, int BufferSize);
