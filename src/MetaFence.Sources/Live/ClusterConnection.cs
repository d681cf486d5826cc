using k8s;

namespace MetaFence.Sources.Live;

/// <summary>
/// A client for one cluster through the official <c>KubernetesClient</c> package: its
/// configuration, the client, and the name messages use for it
/// (<c>context kind-dev (server https://127.0.0.1:6443)</c>). Opening reads settings only; the
/// first request shows whether the cluster answers (<see cref="ClusterErrors"/> turns failures
/// into <see cref="ClusterUnreachableException"/>).
/// </summary>
public sealed class ClusterConnection : IDisposable
{
    private readonly Kubernetes _client;

    private ClusterConnection(KubernetesClientConfiguration configuration, string displayName)
    {
        Configuration = configuration;
        DisplayName = displayName;
        _client = new Kubernetes(configuration);
    }

    public KubernetesClientConfiguration Configuration { get; }

    public IKubernetes Client => _client;

    /// <summary>How messages name the cluster: context (or in-cluster) and server.</summary>
    public string DisplayName { get; }

    /// <summary>The API server address.</summary>
    public string Server => Configuration.Host;

    /// <summary>The concrete client, for raw requests (its HTTP pipeline and credentials).</summary>
    internal Kubernetes Raw => _client;

    /// <summary>
    /// Reads the settings (<c>--kubeconfig</c>, <c>KUBECONFIG</c>, <c>~/.kube/config</c>, in-cluster) and
    /// builds a client. Throws <see cref="ClusterConfigurationException"/> when none is usable.
    /// </summary>
    public static ClusterConnection Open(ConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (configuration, name) = KubeconfigLocator.Locate(options);
        configuration.HttpClientTimeout = options.RequestTimeout;
        return new ClusterConnection(configuration, name);
    }

    /// <summary>A connection from a configuration built elsewhere (tests, the controller).</summary>
    public static ClusterConnection FromConfiguration(KubernetesClientConfiguration configuration, string displayName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(displayName);
        return new ClusterConnection(configuration, displayName);
    }

    public void Dispose() => _client.Dispose();
}
