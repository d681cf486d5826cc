namespace MetaFence.Cli.Verify;

/// <summary>
/// The Kubernetes API could not be reached or refused a request MetaFence needs (exit 3). <see cref="Status"/>
/// is the HTTP status, 0 when no answer came.
/// </summary>
internal sealed class ClusterException(string message, int status = 0, Exception? inner = null) : Exception(message, inner)
{
    public int Status { get; } = status;
}
