using System.Text.Json;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion.Calico;

/// <summary>Reads Calico GlobalNetworkPolicies and Tiers (projectcalico.org/v3) into the snapshot (SEMANTICS K).</summary>
internal static class CalicoReader
{
    public static void ReadPolicy(JsonElement element, ObjectSite site, SnapshotAccumulator snapshot, DiagnosticList diagnostics)
    {
        if (!ModelReader.TryRead<CalicoDocument<CalicoPolicySpec>>(element, site, diagnostics, out var document)
            || ObjectIdentity.Read(CalicoPolicyInfo.GlobalNetworkPolicyKind, document.Metadata, null, site, diagnostics) is not { } id)
        {
            return;
        }

        var problems = new ObjectProblems(id.Ref, site);
        var policy = CalicoPolicyConverter.Convert(document.Spec, id, problems);
        snapshot.AddProblems(problems.All);
        if (policy is not null)
        {
            snapshot.AddCalicoPolicy(policy);
        }
    }

    public static void ReadTier(JsonElement element, ObjectSite site, SnapshotAccumulator snapshot, DiagnosticList diagnostics)
    {
        if (!ModelReader.TryRead<CalicoDocument<CalicoTierSpec>>(element, site, diagnostics, out var document)
            || ObjectIdentity.Read("Tier", document.Metadata, null, site, diagnostics) is not { } id)
        {
            return;
        }

        var problems = new ObjectProblems(id.Ref, site);
        var action = document.Spec?.DefaultAction switch
        {
            null or "Deny" => CalicoAction.Deny,
            "Pass" => CalicoAction.Pass,
            var other => Invalid(other, problems),
        };
        snapshot.AddProblems(problems.All);
        if (!problems.IsRejected)
        {
            snapshot.AddCalicoTier(new CalicoTierInfo(id.Name, document.Spec?.Order, action) { Location = site.At() });
        }
    }

    private static CalicoAction Invalid(string value, ObjectProblems problems)
    {
        problems.Reject("spec.defaultAction", "53", $"{ValueText.Quote(value)} is not a tier default action; expected Deny or Pass");
        return CalicoAction.Deny;
    }
}
