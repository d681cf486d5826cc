using MetaFence.Core.Audit;
using MetaFence.Core.Net;
using Spectre.Console;

namespace MetaFence.Rendering.Audit;

/// <summary>Table cells saying what a subject reaches: red when a credential endpoint is reachable, green when blocked.</summary>
internal static class ReachCell
{
    /// <summary>An endpoint whose verdict depends on unreadable resources (decision 0004).</summary>
    public const string UnknownMark = "?";

    /// <summary>The line under the table that explains <see cref="UnknownMark"/>.</summary>
    public const string Legend = "? = unknown: the verdict depends on resources that could not be read (finding MF011)";

    /// <summary>One endpoint: <c>reachable IPv4+IPv6</c> in red, or <c>blocked</c> in green.</summary>
    public static string Markup(EndpointVerdict? verdict)
    {
        if (verdict is null || verdict.Destinations.IsEmpty)
        {
            return "[grey]-[/]";
        }

        return verdict.Status switch
        {
            EndpointStatus.Reachable => $"[red]reachable {Spectre.Console.Markup.Escape(How(verdict))}[/]",
            EndpointStatus.Unknown => $"[yellow]{UnknownMark}[/]",
            _ => "[green]blocked[/]",
        };
    }

    /// <summary>
    /// All endpoints in one cell, a line per way of reaching them:
    /// <c>IPv4+IPv6: aws-imds, gcp-metadata</c> / <c>IPv4: aws-ecs-task</c>; <c>none</c> in green.
    /// </summary>
    public static string Summary(SubjectResult result, IReadOnlyList<EndpointColumn> columns)
    {
        var reachable = columns
            .SelectMany(c => c.VerdictOf(result) is { Status: EndpointStatus.Reachable } verdict
                ? c.Endpoints.Select(e => (e.Id, How: How(verdict)))
                : [])
            .GroupBy(p => p.How, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Id).Order(StringComparer.Ordinal))}")
            .ToList();
        var unknown = columns
            .SelectMany(c => c.VerdictOf(result) is { Status: EndpointStatus.Unknown } ? c.Endpoints.Select(e => e.Id) : [])
            .Order(StringComparer.Ordinal)
            .ToList();
        var unknownLine = unknown.Count == 0 ? null : $"[yellow]{UnknownMark}: {Spectre.Console.Markup.Escape(string.Join(", ", unknown))}[/]";
        if (reachable.Count == 0)
        {
            return unknownLine ?? "[green]none[/]";
        }

        var reachableLines = $"[red]{Spectre.Console.Markup.Escape(string.Join("\n", reachable))}[/]";
        return unknownLine is null ? reachableLines : reachableLines + "\n" + unknownLine;
    }

    /// <summary>
    /// Which families get through and, when only some ports of them do, which ports:
    /// <c>IPv4</c>, <c>IPv4+IPv6</c>, <c>IPv4 8080/TCP</c>.
    /// </summary>
    public static string How(EndpointVerdict verdict)
    {
        var allowed = verdict.Destinations.Where(d => d.Verdict.Allowed && !d.Verdict.IsUnknown).Select(d => d.Destination).ToList();
        var families = allowed.Select(d => d.Address.Family).Distinct().Order().ToList();
        var partial = verdict.Destinations.Any(d => !(d.Verdict.Allowed && !d.Verdict.IsUnknown) && families.Contains(d.Destination.Address.Family));
        var text = string.Join("+", families.Select(f => f == IpFamily.V4 ? "IPv4" : "IPv6"));
        if (partial)
        {
            var ports = allowed.Select(d => (d.Port, d.Protocol)).Distinct().Order().Select(p => $"{p.Port}/{p.Protocol}");
            text += " " + string.Join(", ", ports);
        }

        return text;
    }
}
