using System.Text.Json;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary>Reads one AdminNetworkPolicy, BaselineAdminNetworkPolicy or ClusterNetworkPolicy into the snapshot.</summary>
internal static class AdminPolicyReader
{
    public static void Read(KnownKind kind, string apiVersion, JsonElement element, ObjectSite site, SnapshotAccumulator snapshot, DiagnosticList diagnostics)
    {
        if (!ModelReader.TryRead<AdminPolicyDocument>(element, site, diagnostics, out var document)
            || ObjectIdentity.Read(kind.ToString(), document.Metadata, null, site, diagnostics) is not { } id)
        {
            return;
        }

        var problems = new ObjectProblems(id.Ref, site);
        var policy = AdminPolicyConverter.Convert(AdminFlavor.Of(kind), apiVersion, document.Spec, id, problems);
        snapshot.AddProblems(problems.All);
        if (policy is not null)
        {
            snapshot.AddAdminPolicy(policy);
        }
    }
}
