namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>What <see cref="StreamedObjectReader.TryRead"/> did with one list item.</summary>
internal enum StreamedRead
{
    /// <summary>Converted and added to the snapshot; the reader is past the item.</summary>
    Read,

    /// <summary>The buffer ended inside the item: try again after a refill.</summary>
    Incomplete,

    /// <summary>Not converted (another kind, or anything unexpected): read the item as a document, as before.</summary>
    AsDocument,
}
