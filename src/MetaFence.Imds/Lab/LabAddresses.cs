namespace MetaFence.Imds.Lab;

/// <summary>
/// The lab's addresses. The links use documentation ranges (RFC 5737 TEST-NET-2 and -3, RFC 3849
/// 2001:db8::/32), which exist only inside the lab's namespaces; the imds namespace owns the real
/// metadata addresses, which exist there and nowhere else the lab can reach.
/// </summary>
public static class LabAddresses
{
    public const string MetadataV4 = "169.254.169.254";
    public const string MetadataV6 = "fd00:ec2::254";

    // pod <-> node
    public const string PodV4 = "198.51.100.2";
    public const string NodeToPodV4 = "198.51.100.1";
    public const string PodNetV4 = "198.51.100.0/30";
    public const string PodV6 = "2001:db8:1::2";
    public const string NodeToPodV6 = "2001:db8:1::1";
    public const string PodNetV6 = "2001:db8:1::/64";

    // node <-> imds
    public const string NodeToImdsV4 = "203.0.113.1";
    public const string ImdsV4 = "203.0.113.2";
    public const string NodeToImdsV6 = "2001:db8:2::1";
    public const string ImdsV6 = "2001:db8:2::2";

    // node <-> host (RFC 5737 TEST-NET-1): the ordinary destination behind the node
    public const string NodeToHostV4 = "192.0.2.1";
    public const string HostV4 = "192.0.2.2";
    public const string NodeToHostV6 = "2001:db8:3::1";
    public const string HostV6 = "2001:db8:3::2";

    // Interface names, the same in every lab (each lives in its own namespace).
    public const string PodLink = "pod0";
    public const string NodePodLink = "node0";
    public const string NodeImdsLink = "node1";
    public const string ImdsLink = "imds0";
    public const string NodeHostLink = "node2";
    public const string HostLink = "host0";
}
