namespace MetaFence.Sources.Live;

/// <summary>
/// The cluster could not be reached or refused to answer (DNS, connection refused, TLS, 401, 403
/// on discovery, timeout, repeated server errors): exit 3. <see cref="Cluster"/> names it as the
/// user knows it; <see cref="Hint"/> says what to try.
/// </summary>
public sealed class ClusterUnreachableException : Exception
{
    public ClusterUnreachableException(string cluster, string problem, string hint, Exception? inner = null)
        : base($"{cluster}: {problem}", inner)
    {
        Cluster = cluster;
        Problem = problem;
        Hint = hint;
    }

    public ClusterUnreachableException()
        : this("the cluster", "unreachable", "check the connection")
    {
    }

    public ClusterUnreachableException(string message)
        : this("the cluster", message, "check the connection")
    {
    }

    public ClusterUnreachableException(string message, Exception inner)
        : this("the cluster", message, "check the connection", inner)
    {
    }

    /// <summary>The display name of the cluster: <c>context kind-dev (server https://127.0.0.1:6443)</c>.</summary>
    public string Cluster { get; }

    /// <summary>What failed, for example <c>connection refused while listing pods</c>.</summary>
    public string Problem { get; }

    /// <summary>What to try next.</summary>
    public string Hint { get; }
}
