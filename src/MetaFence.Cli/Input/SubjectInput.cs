using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using MetaFence.Core.Snapshot;

namespace MetaFence.Cli.Input;

/// <summary>
/// One <c>--from</c> value resolved against the snapshot: <c>NAME</c> (in <c>--namespace</c>),
/// <c>NAMESPACE/NAME</c> or <c>NAMESPACE/KIND/NAME</c>. A pod by that name wins; otherwise a
/// workload by that name answers through its first pod (ordinal) or, with no pods, its template.
/// </summary>
internal sealed record SubjectInput(ObjectRef From, PodInfo Subject, ImmutableArray<string> Notes)
{
    public const string Grammar = "NAME, NAMESPACE/NAME or NAMESPACE/KIND/NAME";

    public static bool TryResolve(
        ClusterSnapshot snapshot, string text, string defaultNamespace, [NotNullWhen(true)] out SubjectInput? input, out string problem)
    {
        input = null;
        problem = string.Empty;
        var parts = text.Trim().Split('/');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0))
        {
            problem = "not a pod or workload name";
            return false;
        }

        var ns = parts.Length == 1 ? defaultNamespace : parts[0];
        var kind = parts.Length == 3 ? parts[1] : null;
        var name = parts[^1];
        if (kind is null || kind.Equals("Pod", StringComparison.OrdinalIgnoreCase))
        {
            var pod = snapshot.Pods.FirstOrDefault(p => !p.IsTemplate && p.Namespace == ns && p.Name == name);
            if (pod is not null)
            {
                input = new SubjectInput(new ObjectRef("Pod", ns, name), pod, []);
                return true;
            }
        }

        var owned = snapshot.Pods
            .Where(p => p.Owner is { } o && o.Namespace == ns && o.Name == name
                && (kind is null || o.Kind.Equals(kind, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var owners = owned.Select(p => p.Owner).OfType<ObjectRef>().Distinct().OrderBy(o => o.Kind, StringComparer.Ordinal).ToList();
        if (owners.Count > 1)
        {
            problem = $"{ns}/{name} names {string.Join(" and ", owners.Select(o => $"a {o.Kind}"))}; "
                + $"say which: {string.Join(", ", owners.Select(o => $"{ns}/{o.Kind}/{name}"))}";
            return false;
        }

        if (owners.Count == 1)
        {
            input = ForWorkload(owners[0], owned);
            return true;
        }

        problem = NotFound(snapshot, ns, name);
        return false;
    }

    private static SubjectInput ForWorkload(ObjectRef owner, List<PodInfo> owned)
    {
        var pods = owned.Where(p => !p.IsTemplate).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var workload = $"{owner.Kind} {owner.Namespace}/{owner.Name}";
        if (pods.Count == 0)
        {
            var template = owned.OrderBy(p => p.Name, StringComparer.Ordinal).First();
            return new SubjectInput(owner, template, [$"{workload} has no pods in the input: answered for its pod template"]);
        }

        var notes = ImmutableArray.CreateBuilder<string>();
        notes.Add($"{workload}: answered for its pod {pods[0]} (1 of {pods.Count})");
        if (pods.Any(p => !p.Labels.Equals(pods[0].Labels) || p.HostNetwork != pods[0].HostNetwork))
        {
            notes.Add($"the pods of {workload} differ in labels or hostNetwork (a rollout?): ask about each pod by name");
        }

        return new SubjectInput(owner, pods[0], notes.ToImmutable());
    }

    private static string NotFound(ClusterSnapshot snapshot, string ns, string name)
    {
        var known = snapshot.Pods.Where(p => !p.IsTemplate).Select(p => $"{p.Namespace}/{p.Name}")
            .Concat(snapshot.Pods.Select(p => p.Owner).OfType<ObjectRef>().Select(o => $"{o.Namespace}/{o.Name}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var suggestions = NameSuggestions.Closest($"{ns}/{name}", known);
        var hint = suggestions.Count > 0
            ? $"; did you mean {string.Join(", ", suggestions)}?"
            : known.Count == 0 ? "; the input has no pods or workloads" : string.Empty;
        return $"no pod or workload {ns}/{name} in the input{hint}";
    }
}
