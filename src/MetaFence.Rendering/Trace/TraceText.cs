using System.Globalization;
using MetaFence.Core.Audit;
using MetaFence.Core.Cloud.Iam;
using MetaFence.Core.Posture;

namespace MetaFence.Rendering.Trace;

/// <summary>Short texts both renderers use.</summary>
internal static class TraceText
{
    public static string Subject(AuditSubject subject) => subject.Kind switch
    {
        SubjectKind.Template => $"{subject.Object} (template)",
        SubjectKind.Pod => subject.Object.ToString(),
        SubjectKind.Workload => string.Create(CultureInfo.InvariantCulture, $"{subject.Object} ({subject.PodNames.Length} pod{(subject.PodNames.Length == 1 ? string.Empty : "s")})"),
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    public static string Capability(Capability capability) =>
        $"{capability.Title} ({string.Join(", ", capability.Actions.Take(3))}{(capability.Actions.Length > 3 ? ", …" : string.Empty)} on {capability.Resource}){(capability.Conditional ? " [conditional]" : string.Empty)}";

    public static string Access(CredentialAccess access) => access switch
    {
        CredentialAccess.Exposed => "exposed",
        CredentialAccess.BlockedByNetwork => "blockedByNetwork",
        CredentialAccess.BlockedByNode => "blockedByNode",
        CredentialAccess.HiddenByMetadataServer => "hiddenByMetadataServer",
        CredentialAccess.Unknown => "unknown",
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    public static string Class(CapabilityClass value) => value switch
    {
        CapabilityClass.DataAccess => "dataAccess",
        CapabilityClass.PrivilegeEscalation => "privilegeEscalation",
        CapabilityClass.LateralMovement => "lateralMovement",
        CapabilityClass.InfrastructureControl => "infrastructureControl",
        CapabilityClass.KubernetesIdentity => "kubernetesIdentity",
        CapabilityClass.ReadOnly => "readOnly",
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    /// <summary>"IMDSv1 allowed, hop limit 2", "IMDSv2, hop limit 1", "GKE_METADATA", "unknown".</summary>
    public static string Metadata(NodePosture node) => node.Cloud switch
    {
        NodeCloud.Aws when node.Imds is { Enabled: false } => "IMDS disabled",
        NodeCloud.Aws when node.Imds is { } imds => string.Create(CultureInfo.InvariantCulture,
            $"{(imds.Tokens == MetadataTokens.Optional ? "IMDSv1 allowed" : "IMDSv2 only")}, hop limit {imds.HopLimit}{(imds.Ipv6Enabled ? ", IPv6 on" : string.Empty)}"),
        NodeCloud.Azure => node.AksPodImdsBlocked == true ? "podLinkLocalAccess None" : "podLinkLocalAccess IMDS",
        NodeCloud.Gcp => CredentialExposure.ModeText(node.GkeMode).Split(' ')[0] + (node.LegacyEndpointsEnabled ? ", legacy endpoints on" : string.Empty),
        _ => "unknown",
    };
}
