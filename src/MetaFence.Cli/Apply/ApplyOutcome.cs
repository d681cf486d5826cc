namespace MetaFence.Cli.Apply;

/// <summary>What applying one object did (or, in a dry run, would do).</summary>
internal enum ApplyOutcome
{
    Created,
    Configured,
    Unchanged,

    /// <summary>It exists without the managed-by label: never touched.</summary>
    Refused,

    /// <summary>The server rejected it (invalid, conflict): reported, the rest goes on.</summary>
    Failed,
}
