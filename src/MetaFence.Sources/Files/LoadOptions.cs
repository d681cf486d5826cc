namespace MetaFence.Sources.Files;

/// <summary>How manifests are read: the namespace for objects that name none (<c>--namespace</c>).</summary>
public sealed record LoadOptions(string DefaultNamespace = "default")
{
    /// <summary>The first size of the buffer JSON is read through (tests make it tiny so tokens span refills).</summary>
    internal int JsonBufferSize { get; init; } = 1 << 20;

    /// <summary>
    /// Whether the items of a JSON list of the kinds the engine reads most are converted while they
    /// stream past (false: every item goes through the client models, the reference the tests compare with).
    /// </summary>
    internal bool StreamKnownKinds { get; init; } = true;

    /// <summary>
    /// The size from which the items of a pretty-printed JSON list are read by two threads (tests
    /// make it tiny; <see cref="long.MaxValue"/> never splits).
    /// </summary>
    internal long SplitListBytes { get; init; } = 64L << 20;
}
