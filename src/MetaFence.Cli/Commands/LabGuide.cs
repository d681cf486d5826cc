using MetaFence.Imds.Lab;
using static MetaFence.Imds.Lab.LabAddresses;

namespace MetaFence.Cli.Commands;

/// <summary>What <c>metafence lab</c> prints: the namespaces and what to try in them.</summary>
internal static class LabGuide
{
    public static string Text(NetworkLab lab, string script) => $"""
        MetaFence lab: pod {lab.Pod} ({PodV4}, {PodV6}) -> node {lab.Node} (router) -> imds {lab.Imds} ({MetadataV4}, {MetadataV6}, the emulator)
                                                               -> host {lab.Host} ({HostV4}, {HostV6}, an ordinary HTTP server)
        Nothing in the lab routes anywhere else. Try:

        1. The attack, from the pod (IMDSv1; fake credentials):
           ip netns exec {lab.Pod} curl -s http://{MetadataV4}/latest/meta-data/iam/security-credentials/
           ip netns exec {lab.Pod} curl -s "http://[{MetadataV6}]/latest/meta-data/iam/security-credentials/"
        2. IMDSv2 (token, then GET):
           ip netns exec {lab.Pod} sh -c 'T=$(curl -s -X PUT -H "X-aws-ec2-metadata-token-ttl-seconds: 60" http://{MetadataV4}/latest/api/token); curl -s -H "X-aws-ec2-metadata-token: $T" http://{MetadataV4}/latest/meta-data/'
        3. Every check at once: ip netns exec {lab.Pod} metafence probe --provider aws --target {MetadataV4} --target {MetadataV6} --dns-name none --egress {HostV4}:80
        4. The node firewall (generate --style node-firewall, for the lab's pod network):
           ip netns exec {lab.Node} sh {script} install      # then repeat 1: the pod times out
           ip netns exec {lab.Node} curl -s http://{MetadataV4}/latest/meta-data/   # the node (hostNetwork) still gets through
           ip netns exec {lab.Pod} curl -s http://{HostV4}/latest/meta-data/         # ordinary forwarded traffic still flows
           ip netns exec {lab.Node} iptables -S; ip netns exec {lab.Node} ip6tables -S
           ip netns exec {lab.Node} sh {script} uninstall
        5. IMDSv2 with hop limit 1 (the pod gets no token, the node does): leave, then run
           metafence lab --imdsv2 required --hop-limit 1

        Ctrl-C removes the lab.

        """;
}
