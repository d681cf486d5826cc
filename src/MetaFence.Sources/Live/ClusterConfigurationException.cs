namespace MetaFence.Sources.Live;

/// <summary>
/// No usable connection settings: the kubeconfig is missing or malformed, the context does not
/// exist, or there is neither a kubeconfig nor an in-cluster service account (bad usage, exit 2).
/// </summary>
public sealed class ClusterConfigurationException : Exception
{
    public ClusterConfigurationException(string where, string problem, string expected, Exception? inner = null)
        : base($"{where}: {problem}; expected {expected}", inner)
    {
        Where = where;
        Problem = problem;
        Expected = expected;
    }

    public ClusterConfigurationException()
        : this("kubeconfig", "unusable", "a kubeconfig")
    {
    }

    public ClusterConfigurationException(string message)
        : this("kubeconfig", message, "a kubeconfig")
    {
    }

    public ClusterConfigurationException(string message, Exception inner)
        : this("kubeconfig", message, "a kubeconfig", inner)
    {
    }

    /// <summary>The option, variable or file that was wrong (<c>--context prod</c>, <c>KUBECONFIG</c>).</summary>
    public string Where { get; }

    public string Problem { get; }

    public string Expected { get; }
}
