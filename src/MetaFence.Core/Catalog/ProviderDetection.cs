using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Catalog;

/// <summary>
/// Which clouds the snapshot shows it runs on: node <c>spec.providerID</c> schemes (the cloud
/// providers' documented prefixes, e.g. <c>aws:///us-east-1a/i-…</c>, <c>gce://project/zone/name</c>,
/// <c>azure:///subscriptions/…</c>) and provider-specific system workloads.
/// </summary>
public static class ProviderDetection
{
    private static readonly ImmutableArray<(string Scheme, string Provider)> Schemes =
    [
        ("aws", "aws"), ("gce", "gcp"), ("azure", "azure"), ("oci", "oracle"), ("alicloud", "alibaba"),
        ("tencentcloud", "tencent"), ("openstack", "openstack"), ("huaweicloud", "huawei"),
        ("digitalocean", "digitalocean"), ("hcloud", "hetzner"), ("vultr", "vultr"), ("ibm", "ibm"),
        ("linode", "linode"), ("scaleway", "scaleway"), ("exoscale", "exoscale"), ("equinixmetal", "equinix"),
    ];

    private static readonly ImmutableArray<(string Workload, string Provider)> Workloads =
    [
        ("aws-node", "aws"), ("eks-pod-identity-agent", "aws"), ("ebs-csi-node", "aws"),
        ("gke-metadata-server", "gcp"), ("fluentbit-gke", "gcp"),
        ("azure-cns", "azure"), ("cloud-node-manager", "azure"), ("azure-ip-masq-agent", "azure"),
    ];

    /// <summary>Provider names as <c>--provider</c> spells them, sorted.</summary>
    public static ImmutableArray<string> Detect(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var fromNodes = snapshot.Nodes
            .Select(n => n.ProviderId?.Split("://", 2)[0])
            .Select(scheme => Schemes.FirstOrDefault(s => s.Scheme == scheme).Provider);
        var fromWorkloads = snapshot.Pods
            .Select(p => p.Owner?.Name ?? p.Name)
            .Select(name => Workloads.FirstOrDefault(w => w.Workload == name).Provider);
        return [.. fromNodes.Concat(fromWorkloads).OfType<string>().Distinct().Order(StringComparer.Ordinal)];
    }
}
