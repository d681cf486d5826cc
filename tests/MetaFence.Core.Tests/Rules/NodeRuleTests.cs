using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Cloud;
using MetaFence.Core.Posture;
using MetaFence.Testing.Loading;
using static MetaFence.Core.Tests.Posture.PostureWorld;

namespace MetaFence.Core.Tests.Rules;

public sealed class NodeRuleTests
{
    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: app}
        spec: {nodeName: n1, containers: [{name: web, image: web}]}
        """;

    /// <summary>EC2 metadata options of every node, the node findings expected (id severity), and the source.</summary>
    public sealed record Row(string Tokens, int HopLimit, string[] Expected, string Source)
    {
        public override string ToString() => $"{Tokens} hop {HopLimit}: {Source}";
    }

    public static TheoryData<Row> Rows() =>
    [
        new("optional", 1, ["MF020 High", "MF020 Medium", "MF024 Critical"], PostureSources.ImdsOptions + ": IMDSv1 needs no token, the hop limit does not apply; medium for the node no pod runs on"),
        new("required", 2, ["MF021 High", "MF024 Critical"], PostureSources.EksLaunchTemplates),
        new("required", 1, [], PostureSources.EksInstanceProfile + ": IMDSv2 with hop limit 1 keeps pod-network pods out"),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_raise_node_findings_When_node_settings_hand_credentials_to_pods(Row row)
    {
        var snapshot = Yaml.Load(Nodes + "\n---\n" + Pod);
        var posture = NodePostureJoin.Build(snapshot, new PostureInput { Instances = Instances(row.Tokens, row.HopLimit), Iam = Iam("iam:PassRole", "ec2:RunInstances") });

        var findings = Auditor.Run(snapshot, new AuditOptions(EndpointCatalog.ForProviders(["aws"])) { Posture = posture }).Findings;

        Assert.Equal(row.Expected, findings.Where(f => f.RuleId.StartsWith("MF02", StringComparison.Ordinal)).Select(f => $"{f.RuleId} {f.Severity}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_say_loudly_that_it_is_the_eks_default_When_a_managed_node_group_has_hop_limit_2()
    {
        var snapshot = Yaml.Load(Nodes + "\n---\n" + Pod);
        var posture = NodePostureJoin.Build(snapshot, new PostureInput { Instances = Instances("required", 2) });

        var finding = Auditor.Run(snapshot, new AuditOptions(EndpointCatalog.ForProviders(["aws"])) { Posture = posture }).Findings.Single(f => f.RuleId == "MF021");

        Assert.Contains("THIS IS THE EKS DEFAULT", finding.Message, StringComparison.Ordinal);
        Assert.Contains("--http-tokens required --http-put-response-hop-limit 1", finding.Remediation, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_raise_no_node_finding_When_no_export_was_given()
    {
        var snapshot = Yaml.Load(Nodes + "\n---\n" + Pod);

        var findings = Auditor.Run(snapshot, new AuditOptions(EndpointCatalog.ForProviders(["aws"]))).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("MF02", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_flag_the_pool_and_its_legacy_endpoints_When_a_gke_pool_has_gce_metadata()
    {
        var snapshot = Yaml.Load("""
            apiVersion: v1
            kind: Node
            metadata: {name: n1, labels: {cloud.google.com/gke-nodepool: default-pool}}
            """ + "\n---\n" + Pod);
        GkeNodePool[] pools = [new() { Name = "default-pool", WorkloadMetadataMode = GkeWorkloadMetadataMode.GceMetadata, DisableLegacyEndpoints = false }];
        var posture = NodePostureJoin.Build(snapshot, new PostureInput { NodePools = [.. pools] });

        var findings = Auditor.Run(snapshot, new AuditOptions(EndpointCatalog.ForProviders(["gcp"])) { Posture = posture }).Findings;

        // GKE API WorkloadMetadataConfig.Mode: GCE_METADATA exposes the node's metadata; GKE "Protect cluster metadata": legacy endpoints need no header.
        Assert.Equal(["MF022 High", "MF023 Medium"], findings.Where(f => f.RuleId is "MF022" or "MF023").Select(f => $"{f.RuleId} {f.Severity}"));
        Assert.Contains("--workload-metadata=GKE_METADATA", findings.Single(f => f.RuleId == "MF022").Remediation, StringComparison.Ordinal);
    }
}
