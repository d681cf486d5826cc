using System.Globalization;
using MetaFence.Core.Audit;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Rules;

/// <summary>Which subjects a weak node setting hands credentials to: the shared part of rules MF020–MF024.</summary>
internal static class NodeRisk
{
    /// <summary>
    /// Subjects whose pods run on one of <paramref name="nodes"/> (or may: templates and unscheduled
    /// pods) and whose network verdict lets them reach <paramref name="endpointId"/>.
    /// </summary>
    public static List<SubjectResult> Reaching(AuditContext context, IEnumerable<NodePosture> nodes, string endpointId, bool hostNetwork)
    {
        var names = nodes.Select(n => n.NodeName).ToHashSet(StringComparer.Ordinal);
        return [.. context.Results.Where(r => r.Subject.HostNetwork == hostNetwork
            && r.Endpoints.Any(e => e.Endpoint.Id == endpointId && e.Reachable)
            && (context.Placement.Nodes(r.Subject) is var placed && (placed.IsEmpty || placed.Any(names.Contains))))];
    }

    /// <summary>"3 pod-network subjects (shop/web, shop/api and 1 more) reach it".</summary>
    public static string Count(List<SubjectResult> subjects, string what)
    {
        var names = subjects.Select(s => $"{s.Subject.Namespace}/{s.Subject.Object.Name}").Distinct(StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", names.Take(3)) + (names.Count > 3 ? string.Create(CultureInfo.InvariantCulture, $" and {names.Count - 3} more") : string.Empty);
        return string.Create(CultureInfo.InvariantCulture, $"{names.Count} {what}{(names.Count == 1 ? string.Empty : "s")} ({shown})");
    }
}
