using System.Globalization;
using System.Text;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Tests.Conversion.Streaming;

/// <summary>
/// Everything a load produced as text, locations and lines included, so that two ways of
/// loading the same input can be compared whole and a difference read from the test output.
/// </summary>
internal static class LoadDescription
{
    /// <summary>The realistic <c>kubectl get -o json</c> dump the streaming tests read.</summary>
    public static string KubectlDump => Path.Join(AppContext.BaseDirectory, "Conversion", "Streaming", "kubectl-dump.json");

    public static LoadResult Load(string path, bool streamed = true, int bufferSize = 1 << 20) =>
        ManifestLoader.Load([path], new LoadOptions { StreamKnownKinds = streamed, JsonBufferSize = bufferSize });

    public static string Describe(LoadResult result)
    {
        var text = new StringBuilder();
        var snapshot = result.Snapshot;
        foreach (var diagnostic in result.Diagnostics)
        {
            text.AppendLine(Inv($"{diagnostic.Severity} {diagnostic} (line {diagnostic.Location.Line})"));
        }

        foreach (var ns in snapshot.Namespaces)
        {
            text.AppendLine(Inv($"namespace {ns.Name} [{ns.Labels}] implied={ns.Implied}"));
        }

        foreach (var pod in snapshot.Pods)
        {
            text.AppendLine(Describe(pod));
        }

        foreach (var policy in snapshot.NetworkPolicies)
        {
            text.AppendLine(Inv($"policy {policy.Ref} at {Where(policy.Location)}"));
        }

        foreach (var problem in snapshot.Problems)
        {
            text.AppendLine(Inv($"problem {problem}"));
        }

        text.AppendLine(Inv($"terminated {snapshot.SkippedTerminatedPods}; skipped {string.Join(", ", snapshot.SkippedKinds)}"));
        return text.ToString();
    }

    public static string Describe(PodInfo pod)
    {
        var ports = string.Join(",", pod.Ports.Select(p => Inv($"{p.Name ?? "-"}={p.Number}/{p.Protocol}")));
        return Inv($"pod {pod} [{pod.Labels}] {pod.Phase} hostNetwork={pod.HostNetwork} node={pod.NodeName ?? "-"} ")
            + Inv($"ips={string.Join(",", pod.Ips)} ports={ports} owner={pod.Owner?.ToString() ?? "-"} at {Where(pod.Location)}")
            + Inv($" images={string.Join(",", pod.Images)} os={pod.OsSelector ?? "-"}");
    }

    private static string Where(SourceLocation? location) =>
        location is null ? "-" : Inv($"{Path.GetFileName(location.File)} {location.Document} {location.Path} line {location.Line}");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
