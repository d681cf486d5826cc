using System.Globalization;
using MetaFence.Core.Posture;
using MetaFence.Core.Trace;
using Spectre.Console;

namespace MetaFence.Rendering.Trace;

/// <summary>Node posture, one row per group of like nodes: settings, identity, and what pod-network and host-network pods get.</summary>
internal static class TracePostureTable
{
    public static void Write(TraceReport report, IAnsiConsole console)
    {
        if (report.Posture.Nodes.IsEmpty)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("NODES").NoWrap());
        table.AddColumn(new TableColumn("METADATA").NoWrap());
        table.AddColumn(new TableColumn("IDENTITY").NoWrap());
        table.AddColumn(new TableColumn("POD NETWORK").NoWrap());
        table.AddColumn(new TableColumn("HOST NETWORK").NoWrap());
        foreach (var group in report.Posture.Nodes.OrderBy(n => n.NodeName, StringComparer.Ordinal)
            .GroupBy(n => n.GroupKey, StringComparer.Ordinal))
        {
            var nodes = group.ToList();
            var node = nodes[0];
            table.AddRow(
                Markup.Escape(NodeFixes.Short(nodes)),
                Markup.Escape(TraceText.Metadata(node)),
                Markup.Escape(node.Identity?.ShortName ?? (node.Cloud == NodeCloud.Unknown ? "unknown" : "none")),
                Cell(node, hostNetwork: false, report.Posture.Hops),
                Cell(node, hostNetwork: true, report.Posture.Hops));
        }

        console.Write(table);
        console.Write(PlainLine.Of(string.Create(CultureInfo.InvariantCulture,
            $"Pod network: what a pod that the network lets through gets ({report.Posture.Hops.Hops} hops from the node{(report.Posture.Hops.Assumed ? ", assumed" : string.Empty)}).")));
        console.WriteLine();
    }

    /// <summary>The node's own answer, as if the network let the pod through.</summary>
    private static string Cell(NodePosture node, bool hostNetwork, PodNetworkHops hops)
    {
        if (node.Cloud == NodeCloud.Unknown)
        {
            return "[grey]unknown[/]";
        }

        var verdict = CredentialExposure.Evaluate(OpenNetwork.For(node.Cloud), hostNetwork, node, hops);
        return verdict?.Access switch
        {
            CredentialAccess.Exposed => node.Identity is null ? "no identity" : "[red]credentials[/]",
            CredentialAccess.BlockedByNode => "[green]blocked[/]",
            CredentialAccess.HiddenByMetadataServer => "[green]hidden[/]",
            _ => "[grey]unknown[/]",
        };
    }
}
