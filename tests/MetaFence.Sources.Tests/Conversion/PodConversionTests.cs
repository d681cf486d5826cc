using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Conversion;

public class PodConversionTests
{
    [Fact]
    public void Should_carry_labels_ips_ports_node_and_location_When_a_running_pod_is_read()
    {
        var pod = Assert.Single(Yaml.Load("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web-1, namespace: shop, labels: {app: web}}
            spec:
              nodeName: node-a
              hostNetwork: true
              initContainers:
              - name: proxy
                restartPolicy: Always
                ports: [{containerPort: 15001, name: envoy}]
              containers:
              - name: web
                ports:
                - {containerPort: 8080, name: http}
                - {containerPort: 53, protocol: UDP}
            status:
              phase: Running
              podIP: 10.1.0.5
              podIPs: [{ip: 10.1.0.5}, {ip: "fd00::5"}]
            """).Pods);

        Assert.Equal("shop/web-1", pod.ToString());
        Assert.Equal("app=web", pod.Labels.ToString());
        Assert.Equal(PodPhase.Running, pod.Phase);
        Assert.True(pod.HostNetwork);
        Assert.Equal("node-a", pod.NodeName);
        Assert.Equal(["10.1.0.5", "fd00::5"], pod.Ips.Select(ip => ip.ToString()));
        Assert.Equal(
            [new ContainerPort("http", 8080, Protocol.TCP), new ContainerPort(null, 53, Protocol.UDP), new ContainerPort("envoy", 15001, Protocol.TCP)],
            pod.Ports.AsEnumerable());
        Assert.Null(pod.Owner);
        Assert.Equal(new SourceLocation("test.yaml", 1, "", 1), pod.Location);
    }

    [Fact]
    public void Should_list_images_of_containers_then_init_containers_and_the_os_selector_When_a_pod_or_template_is_read()
    {
        var snapshot = Yaml.Load("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web-1, namespace: shop}
            spec:
              nodeSelector: {kubernetes.io/os: windows, disktype: ssd}
              initContainers: [{name: init, image: "busybox:1.36"}]
              containers: [{name: web, image: "mcr.microsoft.com/windows/servercore:ltsc2022"}, {name: no-image}]
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: aws-node, namespace: kube-system}
            spec:
              selector: {matchLabels: {k8s-app: aws-node}}
              template:
                metadata: {labels: {k8s-app: aws-node}}
                spec:
                  containers:
                  - {name: aws-node, image: "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.19.2"}
                  - {name: aws-eks-nodeagent, image: "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-network-policy-agent:v1.1.6"}
            """);

        var pod = Assert.Single(snapshot.Pods, p => p.Name == "web-1");
        Assert.Equal(["mcr.microsoft.com/windows/servercore:ltsc2022", "busybox:1.36"], pod.Images.AsEnumerable());
        Assert.Equal("windows", pod.OsSelector);
        var template = Assert.Single(snapshot.Pods, p => p.IsTemplate);
        Assert.Equal(2, template.Images.Length);
        Assert.EndsWith("aws-network-policy-agent:v1.1.6", template.Images[1], StringComparison.Ordinal);
        Assert.Null(template.OsSelector);
    }

    [Theory]
    [InlineData(null, PodPhase.Pending)]
    [InlineData("Pending", PodPhase.Pending)]
    [InlineData("Running", PodPhase.Running)]
    [InlineData("Unknown", PodPhase.Unknown)]
    public void Should_keep_the_pod_with_its_phase_When_it_has_not_terminated(string? phase, PodPhase expected)
    {
        var status = phase is null ? "" : $"status: {{phase: {phase}}}";
        var snapshot = Yaml.Load($"apiVersion: v1\nkind: Pod\nmetadata: {{name: a}}\n{status}\n");

        Assert.Equal(expected, Assert.Single(snapshot.Pods).Phase);
    }

    [Fact]
    public void Should_count_and_leave_out_pods_When_they_succeeded_or_failed()
    {
        // Rule 37: terminated pods send nothing and get no verdict.
        var snapshot = Yaml.Load("""
            {apiVersion: v1, kind: Pod, metadata: {name: done, namespace: jobs}, status: {phase: Succeeded}}
            ---
            {apiVersion: v1, kind: Pod, metadata: {name: crashed, namespace: jobs}, status: {phase: Failed}}
            ---
            {apiVersion: v1, kind: Pod, metadata: {name: live, namespace: jobs}, status: {phase: Running}}
            """);

        Assert.Equal("jobs/live", Assert.Single(snapshot.Pods).ToString());
        Assert.Equal(2, snapshot.SkippedTerminatedPods);
    }

    [Fact]
    public void Should_warn_and_keep_the_pod_When_an_ip_or_port_protocol_is_invalid()
    {
        var result = Yaml.Read("""
            apiVersion: v1
            kind: Pod
            metadata: {name: a}
            spec:
              containers: [{name: c, ports: [{containerPort: 80, protocol: ICMP}, {containerPort: 81}]}]
            status: {podIP: 10.0.0}
            """);

        var pod = Assert.Single(result.Snapshot.Pods);
        Assert.Equal([new ContainerPort(null, 81, Protocol.TCP)], pod.Ports.AsEnumerable());
        Assert.Empty(pod.Ips);
        Assert.Equal(
            [
                "test.yaml: document 1: spec.containers[0].ports[0].protocol: \"ICMP\" is not a protocol; expected TCP, UDP or SCTP; the port is ignored",
                "test.yaml: document 1: status.podIP: \"10.0.0\" is not an IP address; expected an IPv4 or IPv6 address; the address is ignored",
            ],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Should_use_the_default_namespace_option_When_a_pod_names_no_namespace()
    {
        var result = ManifestLoader.LoadText("a.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n", new LoadOptions("team-a"));

        Assert.Equal("team-a/a", Assert.Single(result.Snapshot.Pods).ToString());
        Assert.Equal("team-a", Assert.Single(result.Snapshot.Namespaces).Name);
    }
}
