using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using MetaFence.Core.Plans;
using MetaFence.Core.Snapshot;
using Spectre.Console;

namespace MetaFence.Cli.Verify;

/// <summary>
/// The namespaces to probe (<c>--namespace</c>, or every namespace of the cluster but the exempt
/// ones, as <c>generate</c> chooses them) and the labels <c>--as NS/WORKLOAD</c> lends its namespace's probe.
/// </summary>
internal sealed record VerifyTargets(ImmutableArray<string> Namespaces, string? AsNamespace, ImmutableArray<KeyValuePair<string, string>> AsLabels, string? AsName)
{
    public static bool TryResolve(VerifyArguments arguments, ClusterSnapshot snapshot, IAnsiConsole console, [NotNullWhen(true)] out VerifyTargets? targets)
    {
        targets = null;
        var known = snapshot.Namespaces.Select(n => n.Name).ToImmutableSortedSet(StringComparer.Ordinal);
        var exempt = Exemptions.With(arguments.Exempt);
        var chosen = arguments.Namespaces.Count > 0
            ? [.. arguments.Namespaces.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]
            : known.Where(n => !exempt.Contains(n)).ToImmutableArray();
        var ok = true;
        foreach (var missing in chosen.Where(n => !known.Contains(n)))
        {
            Messages.Error(console, $"--namespace {missing}", "the cluster has no such namespace", $"one of {string.Join(", ", known.Take(12))}");
            ok = false;
        }

        if (arguments.As is not { } text)
        {
            targets = new VerifyTargets(chosen, null, [], null);
            return ok;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var ns = slash > 0 ? text[..slash] : string.Empty;
        var name = slash > 0 ? text[(slash + 1)..] : string.Empty;
        var pod = snapshot.Pods.Where(p => p.Namespace == ns && (p.Owner?.Name == name || (p.Owner is null && p.Name == name)))
            .OrderBy(p => p.IsTemplate).ThenBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault();
        if (pod is null)
        {
            Messages.Error(console, $"--as {text}", slash <= 0 ? "no namespace before a slash" : $"no workload or pod \"{name}\" in namespace {ns}",
                "NS/WORKLOAD naming a Deployment, StatefulSet, DaemonSet, Job, CronJob or bare pod of the cluster");
            return false;
        }

        if (!chosen.Contains(ns))
        {
            chosen = [.. chosen.Append(ns).Order(StringComparer.Ordinal)];
        }

        var owner = pod.Owner is { } o ? $"{o.Kind} {ns}/{o.Name}" : $"Pod {ns}/{pod.Name}";
        targets = new VerifyTargets(chosen, ns, pod.Labels.Pairs, owner);
        return ok;
    }
}
