using System.Globalization;
using System.Text;
using MetaFence.Core.Snapshot;

namespace MetaFence.Testing.World;

/// <summary>
/// A snapshot as compact, deterministic text, so a failing generated world can be read (and
/// rewritten as a <see cref="World"/>) from the test output.
/// </summary>
public static class SnapshotText
{
    public static string Describe(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var text = new StringBuilder();
        foreach (var ns in snapshot.Namespaces)
        {
            text.AppendLine(Inv($"namespace {ns.Name} [{ns.Labels}]{(ns.Implied ? " (implied)" : "")}"));
        }

        foreach (var node in snapshot.Nodes)
        {
            text.AppendLine(Inv($"node {node.Name} [{node.Labels}] {string.Join(",", node.Addresses)}"));
        }

        foreach (var pod in snapshot.Pods)
        {
            var ports = string.Join(",", pod.Ports.Select(p => Inv($"{p.Name ?? "-"}={p.Number}/{p.Protocol}")));
            text.AppendLine(Inv($"pod {pod} [{pod.Labels}] ips={string.Join(",", pod.Ips)} ports={ports} phase={pod.Phase}{(pod.HostNetwork ? " hostNetwork" : "")}"));
        }

        foreach (var np in snapshot.NetworkPolicies)
        {
            var types = (np.AppliesToIngress ? "Ingress " : "") + (np.AppliesToEgress ? "Egress" : "");
            text.AppendLine(Inv($"networkpolicy {np.Namespace}/{np.Name} podSelector={np.PodSelector} types=[{types.Trim()}]"));
            foreach (var rule in np.Egress)
            {
                text.AppendLine(Inv($"  egress[{rule.Index}] to={List(rule.To)} ports={List(rule.Ports)}"));
            }
        }

        foreach (var ap in snapshot.AdminPolicies)
        {
            text.AppendLine(Inv($"{ap.Kind} {ap.Name} tier={ap.Tier} priority={ap.Priority} subject={ap.Subject}"));
            foreach (var rule in ap.Egress)
            {
                text.AppendLine(Inv($"  egress[{rule.Index}] {rule.Action} to={List(rule.To)} ports={List(rule.Ports)}"));
            }
        }

        return text.ToString();
    }

    private static string List<T>(IEnumerable<T> items) => "[" + string.Join("; ", items) + "]";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
