using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Plans;
using Spectre.Console;

namespace MetaFence.Cli.Generate;

/// <summary>
/// What the self-check tells people on stderr: host-network subjects no policy layer protects
/// (and which layers do), then each failure with the rules that decided, then why nothing was printed.
/// </summary>
internal static class SelfCheckMessages
{
    /// <summary>Failures shown one per line; the rest are counted.</summary>
    public const int Shown = 20;

    public static void Print(ImmutableArray<FenceCheckReport> reports, ImmutableArray<string> unreadable, IAnsiConsole console)
    {
        foreach (var subject in reports.SelectMany(r => r.HostNetwork).DistinctBy(s => s.Description))
        {
            Messages.Line(console, "warning", $"{subject} uses the host network: no NetworkPolicy or cluster-wide policy can protect it (SEMANTICS 36), "
                + "and the IMDSv2 hop limit does not stop it. Nor does --style node-firewall, which filters only traffic forwarded from pods. What does: "
                + "Pod Security (--style pod-security refuses new hostNetwork pods), or dropping hostNetwork.", Messages.Yellow);
        }

        var problems = unreadable.Concat(reports.SelectMany(r => r.Invalid)).Distinct().ToList();
        // A style that fails alone fails together too: the combined check speaks only when each style passed alone.
        var alone = reports.Where(r => r.Style != SelfCheck.Together).SelectMany(r => r.Failures).ToList();
        var failures = alone.Count > 0 ? alone : [.. reports.SelectMany(r => r.Failures)];
        foreach (var line in problems.Select(p => $"generated object not valid: {p}").Concat(failures.Select(f => f.ToString())).Take(Shown))
        {
            Messages.Line(console, "error", $"self-check: {line}", Messages.Red);
        }

        var total = problems.Count + failures.Count;
        if (total == 0)
        {
            return;
        }

        if (total > Shown)
        {
            Messages.Line(console, "error", string.Create(CultureInfo.InvariantCulture, $"self-check: … and {total - Shown} more"), Messages.Red);
        }

        if (problems.Count > 0)
        {
            Messages.Error(console, "self-check", "the generated YAML did not read back cleanly, so nothing was written",
                "objects the loader reads without a diagnostic (this is a MetaFence bug: please report it with the command line)");
            return;
        }

        Messages.Error(console, "self-check", "the generated objects do not hold for this input, so nothing was written",
            "policies the fence can prove: an existing NetworkPolicy that allows a credential endpoint re-opens what the fence excepts "
            + "(NetworkPolicies only add, SEMANTICS 9); remove that rule, --allow that workload, or use --style admin, which decides first");
    }
}
