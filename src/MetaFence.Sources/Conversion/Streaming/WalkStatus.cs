namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>How walking one value of a streamed object ended.</summary>
internal enum WalkStatus
{
    /// <summary>The value was read and checked.</summary>
    Ok,

    /// <summary>The buffer ended inside the value: read it again after a refill.</summary>
    Incomplete,

    /// <summary>Something the client models might refuse or the conversion would warn about: read the object through them.</summary>
    Unexpected,

    /// <summary>The object is not of the kind the walk assumed.</summary>
    OtherKind,
}
