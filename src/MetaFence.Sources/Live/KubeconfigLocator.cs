using k8s;
using k8s.Exceptions;
using k8s.KubeConfigModels;

namespace MetaFence.Sources.Live;

/// <summary>
/// Finds the connection settings the way kubectl does: <c>--kubeconfig</c> alone when given;
/// otherwise every existing file of <c>KUBECONFIG</c> (separated by <see cref="Path.PathSeparator"/>,
/// merged with the first occurrence winning); otherwise <c>~/.kube/config</c>; otherwise the
/// in-cluster service account. <c>--context</c> picks the context in whichever kubeconfig was read.
/// </summary>
internal static class KubeconfigLocator
{
    public static (KubernetesClientConfiguration Configuration, string DisplayName) Locate(ConnectionOptions options)
    {
        if (options.Kubeconfig is { } path)
        {
            if (!File.Exists(path))
            {
                throw new ClusterConfigurationException($"--kubeconfig {path}", "the file does not exist", "a kubeconfig file (kubectl config view shows yours)");
            }

            return Build($"--kubeconfig {path}", [path], options.Context);
        }

        if (options.Environment("KUBECONFIG") is { Length: > 0 } list)
        {
            var files = list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var existing = files.Where(File.Exists).ToArray();
            if (existing.Length == 0)
            {
                throw new ClusterConfigurationException($"KUBECONFIG={list}", "none of its files exists", "at least one kubeconfig file, or --kubeconfig PATH");
            }

            return Build($"KUBECONFIG={list}", existing, options.Context);
        }

        var home = options.Environment("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var standard = Path.Combine(home, ".kube", "config");
        if (File.Exists(standard))
        {
            return Build(standard, [standard], options.Context);
        }

        return InCluster(options, standard);
    }

    private static (KubernetesClientConfiguration, string) InCluster(ConnectionOptions options, string standard)
    {
        if (string.IsNullOrEmpty(options.Environment("KUBERNETES_SERVICE_HOST")) || !KubernetesClientConfiguration.IsInCluster())
        {
            throw new ClusterConfigurationException(
                "cluster connection",
                $"no kubeconfig: --kubeconfig is not given, KUBECONFIG is not set, {standard} does not exist, and this is not a pod with a service account",
                "--kubeconfig PATH, or -f PATH to read manifests instead of a cluster");
        }

        if (options.Context is not null)
        {
            throw new ClusterConfigurationException($"--context {options.Context}", "contexts come from a kubeconfig, and none was found (in-cluster config has no contexts)", "--kubeconfig PATH with that context");
        }

        var configuration = KubernetesClientConfiguration.InClusterConfig();
        return (configuration, $"in-cluster service account (server {configuration.Host})");
    }

    private static (KubernetesClientConfiguration, string) Build(string source, string[] files, string? context)
    {
        K8SConfiguration merged;
        try
        {
            merged = Merge([.. files.Select(f => KubernetesClientConfiguration.LoadKubeConfig(new FileInfo(f)))]);
        }
        catch (Exception e) when (e is KubeConfigException or YamlDotNet.Core.YamlException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new ClusterConfigurationException(source, $"the kubeconfig cannot be read ({e.Message.TrimEnd('.')})", "a kubeconfig as kubectl writes it", e);
        }

        var chosen = context ?? merged.CurrentContext;
        if (string.IsNullOrEmpty(chosen))
        {
            throw new ClusterConfigurationException(source, "no current-context is set", "--context NAME (kubectl config get-contexts lists them)");
        }

        if (merged.Contexts?.Any(c => c.Name == chosen) != true)
        {
            var known = string.Join(", ", (merged.Contexts ?? []).Select(c => c.Name).Order(StringComparer.Ordinal));
            var where = context is null ? $"{source}: current-context {chosen}" : $"--context {chosen}";
            throw new ClusterConfigurationException(where, $"no such context in {source}", known.Length == 0 ? "a kubeconfig with contexts" : $"one of: {known}");
        }

        try
        {
            var configuration = KubernetesClientConfiguration.BuildConfigFromConfigObject(merged, chosen);
            return (configuration, $"context {chosen} (server {configuration.Host})");
        }
        catch (Exception e) when (e is KubeConfigException or IOException or UnauthorizedAccessException or ArgumentException or FormatException)
        {
            throw new ClusterConfigurationException($"context {chosen} in {source}", $"the context cannot be used ({e.Message.TrimEnd('.')})", "a context with a cluster, a server address and a user", e);
        }
    }

    /// <summary>
    /// kubectl's merge of <c>KUBECONFIG</c> files: the first file that sets current-context wins, and
    /// of two contexts, clusters or users with one name the first is kept. Relative certificate
    /// paths resolve against the first file's folder (the client keeps one file name).
    /// </summary>
    private static K8SConfiguration Merge(IReadOnlyList<K8SConfiguration> configs)
    {
        var first = configs[0];
        first.CurrentContext = configs.Select(c => c.CurrentContext).FirstOrDefault(c => !string.IsNullOrEmpty(c));
        first.Contexts = [.. configs.SelectMany(c => c.Contexts ?? []).DistinctBy(c => c.Name)];
        first.Clusters = [.. configs.SelectMany(c => c.Clusters ?? []).DistinctBy(c => c.Name)];
        first.Users = [.. configs.SelectMany(c => c.Users ?? []).DistinctBy(c => c.Name)];
        return first;
    }
}
