namespace MetaFence.Cli.Cluster;

/// <summary>
/// The API server refused one object (admission, a conflict, a bad request): that object fails, the run
/// goes on. Unreachable or unauthorised clusters throw <see cref="Sources.Live.ClusterUnreachableException"/> instead (exit 3).
/// </summary>
internal sealed class ClusterException(string message, int status = 0, Exception? inner = null) : Exception(message, inner)
{
    public int Status { get; } = status;
}
