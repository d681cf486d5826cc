using static MetaFence.Imds.Lab.LabAddresses;

namespace MetaFence.Imds.Lab;

public sealed partial class NetworkLab
{
    /// <summary>
    /// Creates the namespaces and links. Each veth pair is created with its ends directly inside
    /// lab namespaces: no interface ever appears in the machine's own namespace.
    /// </summary>
    private void Build()
    {
        foreach (var ns in Namespaces)
        {
            Ip("netns", "add", ns);
            Ip("-n", ns, "link", "set", "lo", "up");
            Sysctl(ns, "net/ipv6/conf/all/accept_dad=0", "net/ipv6/conf/default/accept_dad=0");
        }

        Ip("-n", Pod, "link", "add", PodLink, "type", "veth", "peer", "name", NodePodLink, "netns", Node);
        Ip("-n", Node, "link", "add", NodeImdsLink, "type", "veth", "peer", "name", ImdsLink, "netns", Imds);
        Ip("-n", Node, "link", "add", NodeHostLink, "type", "veth", "peer", "name", HostLink, "netns", Host);

        Address(Pod, PodLink, PodV4 + "/30", PodV6 + "/64");
        Address(Node, NodePodLink, NodeToPodV4 + "/30", NodeToPodV6 + "/64");
        Address(Node, NodeImdsLink, NodeToImdsV4 + "/30", NodeToImdsV6 + "/64");
        Address(Imds, ImdsLink, ImdsV4 + "/30", ImdsV6 + "/64");
        Address(Node, NodeHostLink, NodeToHostV4 + "/30", NodeToHostV6 + "/64");
        Address(Host, HostLink, HostV4 + "/30", HostV6 + "/64");
        Ip("-n", Imds, "address", "add", MetadataV4 + "/32", "dev", "lo");
        Ip("-n", Imds, "address", "add", MetadataV6 + "/128", "dev", "lo", "nodad");

        // Only the metadata addresses and the host are routed from the pod, and only the pod's net back.
        Ip("-n", Pod, "route", "add", MetadataV4 + "/32", "via", NodeToPodV4, "dev", PodLink);
        Ip("-n", Pod, "-6", "route", "add", MetadataV6 + "/128", "via", NodeToPodV6, "dev", PodLink);
        Ip("-n", Node, "route", "add", MetadataV4 + "/32", "via", ImdsV4, "dev", NodeImdsLink);
        Ip("-n", Node, "-6", "route", "add", MetadataV6 + "/128", "via", ImdsV6, "dev", NodeImdsLink);
        Ip("-n", Imds, "route", "add", PodNetV4, "via", NodeToImdsV4, "dev", ImdsLink);
        Ip("-n", Imds, "-6", "route", "add", PodNetV6, "via", NodeToImdsV6, "dev", ImdsLink);
        Ip("-n", Pod, "route", "add", HostV4 + "/32", "via", NodeToPodV4, "dev", PodLink);
        Ip("-n", Pod, "-6", "route", "add", HostV6 + "/128", "via", NodeToPodV6, "dev", PodLink);
        Ip("-n", Host, "route", "add", PodNetV4, "via", NodeToHostV4, "dev", HostLink);
        Ip("-n", Host, "-6", "route", "add", PodNetV6, "via", NodeToHostV6, "dev", HostLink);

        // The node routes between pod and imds, as a Kubernetes node routes pod traffic.
        Sysctl(Node, "net/ipv4/ip_forward=1", "net/ipv6/conf/all/forwarding=1");
    }

    /// <summary>Writes /proc/sys settings inside <paramref name="ns"/> (per namespace: the machine's own stay as they are).</summary>
    private static void Sysctl(string ns, params string[] settings)
    {
        var script = string.Join(" && ", settings.Select(s => s.Split('=')).Select(kv => $"echo {kv[1]} > /proc/sys/{kv[0]}"));
        var result = Exec(ns, ["sh", "-c", script]);
        if (result.ExitCode != 0)
        {
            throw new LabException($"could not set {string.Join(", ", settings)} in {ns}: {result}");
        }
    }

    private static void Address(string ns, string link, string v4, string v6)
    {
        // No duplicate address detection: the lab's addresses are unique, and DAD would hold
        // IPv6 (link-local addresses included) tentative for the first seconds.
        Sysctl(ns, $"net/ipv6/conf/{link}/accept_dad=0");
        Ip("-n", ns, "address", "add", v4, "dev", link);
        Ip("-n", ns, "address", "add", v6, "dev", link, "nodad");
        Ip("-n", ns, "link", "set", link, "up");
    }
}
