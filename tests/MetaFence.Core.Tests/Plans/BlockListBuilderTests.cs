using MetaFence.Core.Catalog;
using MetaFence.Core.Net;
using MetaFence.Core.Plans;

namespace MetaFence.Core.Tests.Plans;

public sealed class BlockListBuilderTests
{
    [Fact]
    public void Should_block_each_credential_address_exactly_When_the_scope_is_imds()
    {
        var blocks = BlockListBuilder.Build(EndpointCatalog.All, FenceScope.Imds, nodeLocalDns: false);

        // Sorted as numbers: fd00:ec2:: (0x0ec2) before fd00:a9fe:: (0xa9fe).
        Assert.Equal(
            ["100.100.100.200/32", "168.63.129.16/32", "169.254.0.23/32", "169.254.42.42/32", "169.254.169.254/32", "169.254.170.2/32", "192.80.8.124/32",
             "fd00:42::42/128", "fd00:ec2::254/128", "fd00:a9fe:a9fe::1/128", "fd20:ce::254/128", "fe80::a9fe:a9fe/128"],
            blocks.Blocked.Select(b => b.Cidr.ToString()));
    }

    [Fact]
    public void Should_carve_out_dns_on_blocked_addresses_When_a_needed_service_shares_them()
    {
        var blocks = BlockListBuilder.Build(EndpointCatalog.All, FenceScope.Imds, nodeLocalDns: false);

        Assert.Equal(["gke-cloud-dns 169.254.169.254/32 53/UDP,53/TCP", "azure-dns 168.63.129.16/32 53/UDP,53/TCP"],
            blocks.Carveouts.Select(c => $"{c.Service.Id} {string.Join(",", c.Cidrs)} {string.Join(",", c.Ports)}"));
    }

    [Fact]
    public void Should_block_both_link_local_ranges_and_carve_out_every_needed_service_inside_When_the_scope_is_link_local()
    {
        var blocks = BlockListBuilder.Build(EndpointCatalog.All, FenceScope.LinkLocal, nodeLocalDns: true);

        Assert.Equal(
            ["100.100.100.200/32", "168.63.129.16/32", "169.254.0.0/16", "192.80.8.124/32",
             "fd00:42::42/128", "fd00:ec2::254/128", "fd00:a9fe:a9fe::1/128", "fd20:ce::254/128", "fe80::/10"],
            blocks.Blocked.Select(b => b.Cidr.ToString()));
        Assert.Equal(["node-local-dns", "gke-cloud-dns", "aws-eks-pod-identity", "aws-time-sync", "aws-dns", "azure-dns"], blocks.Carveouts.Select(c => c.Service.Id));
        Assert.Equal(["169.254.20.10", "169.254.25.10"], blocks.NodeLocalDns.Select(a => a.ToString()));
    }

    [Theory]
    [InlineData(FenceScope.Imds)]
    [InlineData(FenceScope.LinkLocal)]
    public void Should_keep_every_except_a_strict_subset_of_its_family_and_never_reopen_a_credential_port(FenceScope scope)
    {
        // SEMANTICS 21: an except must be a strict subset of its cidr, or the API server rejects the whole object.
        var blocks = BlockListBuilder.Build(EndpointCatalog.All, scope, nodeLocalDns: true);
        var credential = blocks.Credentials.SelectMany(e => e.Addresses.SelectMany(a => e.Ports.Select(p => (a, p)))).ToHashSet();

        Assert.All(blocks.Blocked, b => Assert.True(new Cidr(new IpAddress(b.Family, 0), 0).StrictlyContains(b.Cidr), b.Cidr.ToString()));
        Assert.All(blocks.Carveouts, c => Assert.DoesNotContain(c.Cidrs.SelectMany(cidr => c.Ports.Select(p => (cidr.Network, p))), credential.Contains));
    }
}
