using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Testing.Loading;
using static MetaFence.Core.Tests.Review.ReviewWorld;

namespace MetaFence.Core.Tests.Review;

/// <summary>The engine's public surface against SEMANTICS A–J.</summary>
public sealed class EngineReviewTests
{
    [Fact]
    public void Should_match_IPv4_rules_When_the_destination_is_an_IPv4_mapped_IPv6_value()
    {
        // SEMANTICS 25: "Normalize mapped addresses to IPv4 before matching." EgressEngine.Evaluate
        // relies on every caller having parsed with IpAddress.TryParse; a Destination built from
        // the public IpAddress(IpFamily.V6, ::ffff:a9fe:a9fe) constructor misses the IPv4 ipBlock.
        // The test suite's ReferenceEvaluator normalizes; RandomWorld normalizes before asking, so
        // the differential test never sees this input. Latent (no caller in src builds one today).
        var snapshot = Yaml.Load(Join(WebPod, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: v4-only, namespace: app}
            spec:
              podSelector: {}
              policyTypes: [Egress]
              egress:
              - to: [{ipBlock: {cidr: 0.0.0.0/0}}]
            """));
        var web = Assert.Single(snapshot.Pods);
        var mapped = new IpAddress(IpFamily.V6, ((UInt128)0xFFFF << 32) | 0xA9FEA9FE);

        var verdict = new EgressEngine(snapshot).Evaluate(web, new Destination(mapped, 80, Protocol.TCP));

        Assert.True(verdict.Allowed);
    }
}
