using System.Text.Json;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion.Cilium;

/// <summary>Reads CiliumClusterwideNetworkPolicies and CiliumNetworkPolicies into the snapshot (SEMANTICS L).</summary>
internal static class CiliumReader
{
    public static void Read(bool clusterwide, JsonElement element, ObjectSite site, string? defaultNamespace, SnapshotAccumulator snapshot, DiagnosticList diagnostics)
    {
        var kind = clusterwide ? CiliumPolicyInfo.ClusterwideKind : CiliumPolicyInfo.NamespacedKind;
        if (!ModelReader.TryRead<CiliumDocument>(element, site, diagnostics, out var document)
            || ObjectIdentity.Read(kind, document.Metadata, clusterwide ? null : defaultNamespace, site, diagnostics) is not { } id)
        {
            return;
        }

        if (!clusterwide)
        {
            snapshot.NameNamespace(id.Namespace);
        }

        var problems = new ObjectProblems(id.Ref, site);
        var policy = CiliumPolicyConverter.Convert(document, id, problems);
        snapshot.AddProblems(problems.All);
        if (policy is not null)
        {
            snapshot.AddCiliumPolicy(policy);
        }
    }
}
