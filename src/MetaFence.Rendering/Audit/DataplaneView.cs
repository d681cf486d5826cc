using System.Globalization;
using MetaFence.Core.Audit;
using MetaFence.Core.Dataplane;
using Spectre.Console;

namespace MetaFence.Rendering.Audit;

/// <summary>The table output's dataplane section (what enforces policy) and the pods NetworkPolicy cannot protect.</summary>
internal static class DataplaneView
{
    public static void Write(AuditReport report, IAnsiConsole console)
    {
        if (!report.Dataplane.Plugins.IsEmpty)
        {
            console.Write(new PlainLine(("Network plugin", new Style(decoration: Decoration.Bold))));
            foreach (var plugin in report.Dataplane.Plugins)
            {
                console.Write(PlainLine.Of($" {plugin.Name}: {EnforcementText(plugin.Enforcement)} ({plugin.Evidence})"));
                console.Write(PlainLine.Of($"   {plugin.Explanation}{(plugin.Verified ? string.Empty : " (reported, unverified)")}; source: {plugin.Source}"));
            }

            console.WriteLine();
        }

        if (report.Unprotected.IsEmpty)
        {
            return;
        }

        console.Write(new PlainLine((
            string.Create(CultureInfo.InvariantCulture, $"Pods NetworkPolicy cannot protect ({report.Unprotected.Length})"),
            new Style(decoration: Decoration.Bold))));
        foreach (var item in report.Unprotected)
        {
            var pods = item.Subject.Kind == SubjectKind.Template
                ? "pod template"
                : string.Create(CultureInfo.InvariantCulture, $"{item.Subject.PodNames.Length} pod(s)");
            console.Write(PlainLine.Of($" {item.Subject.Namespace} {item.Subject.Object.Kind}/{item.Subject.Object.Name} ({pods}): {item.Reason}"));
        }

        console.WriteLine();
    }

    public static string EnforcementText(Enforcement enforcement) => enforcement switch
    {
        Enforcement.Enforces => "enforces NetworkPolicy",
        Enforcement.EnforcesIfEnabled => "enforces NetworkPolicy if enabled",
        Enforcement.DoesNotEnforce => "does NOT enforce NetworkPolicy",
        Enforcement.IngressOnly => "does NOT enforce NetworkPolicy egress rules",
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    public static string EnforcementName(Enforcement enforcement) => enforcement switch
    {
        Enforcement.Enforces => "enforces",
        Enforcement.EnforcesIfEnabled => "enforcesIfEnabled",
        Enforcement.DoesNotEnforce => "doesNotEnforce",
        Enforcement.IngressOnly => "ingressOnly",
        _ => throw new System.Diagnostics.UnreachableException(),
    };
}
