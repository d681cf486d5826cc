using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Rules;
using MetaFence.Testing.Loading;
using static MetaFence.Core.Tests.Review.ReviewWorld;

namespace MetaFence.Core.Tests.Review;

/// <summary>
/// The namespace fence every MF001/MF003/MF005 finding suggests, checked through the real loader:
/// valid (rule 21: every except a strict subset, same family), blocking both families (rule 22),
/// keeping DNS (rule 40) and the needed services (DESIGN catalog). These pass: coverage the
/// suites lacked (no test loaded Remediation.NamespaceFence).
/// </summary>
public sealed class RemediationReviewTests
{
    public static TheoryData<string[]> Providers => new() { new[] { "aws" }, new[] { "gcp" }, new[] { "azure" }, Array.Empty<string>() };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Should_load_without_problems_and_block_every_credential_endpoint_When_the_fence_is_applied(string[] providers)
    {
        var catalog = EndpointCatalog.ForProviders(providers);
        var fence = Remediation.NamespaceFence("app", catalog.Where(e => e.Role == EndpointRole.CredentialSource),
            catalog.Where(e => e.Role == EndpointRole.NeededService));
        var snapshot = Yaml.Load(Join(WebPod, """
            apiVersion: v1
            kind: Pod
            metadata: {name: coredns-1, namespace: kube-system, labels: {k8s-app: kube-dns}}
            spec: {containers: [{name: c, image: i}]}
            status: {phase: Running, podIP: 10.0.9.10}
            """, fence));

        Assert.Empty(snapshot.Problems);
        var policy = Assert.Single(snapshot.NetworkPolicies);
        Assert.True(policy.AppliesToEgress);

        var report = Auditor.Run(snapshot, new AuditOptions(catalog) { ChosenProviders = [.. providers] });
        var findings = report.Findings.Where(f => f.Namespace == "app").Select(f => $"{f.RuleId}: {f.Message}");
        Assert.Empty(findings); // no MF001 (blocked), MF004 (DNS kept), MF005 (needed services kept)
    }
}
