using MetaFence.Core.Catalog;

namespace MetaFence.Core.Tests.Review;

/// <summary>
/// The catalog against DESIGN.md's table (addresses and ports as written there). Passes: it
/// pins the table, which no suite did.
/// </summary>
public sealed class CatalogReviewTests
{
    public static TheoryData<string, string, string, string> Design => new()
    {
        { "aws-imds", "CredentialSource", "169.254.169.254 fd00:ec2::254", "80/TCP" },
        { "aws-ecs-task", "CredentialSource", "169.254.170.2", "80/TCP" },
        { "gcp-metadata", "CredentialSource", "169.254.169.254 fd20:ce::254", "80/TCP 8080/TCP" },
        { "azure-imds", "CredentialSource", "169.254.169.254", "80/TCP" },
        { "azure-wireserver", "CredentialSource", "168.63.129.16", "80/TCP 32526/TCP" },
        { "oracle-imds", "CredentialSource", "169.254.169.254", "80/TCP" },
        { "alibaba-metadata", "CredentialSource", "100.100.100.200", "80/TCP" },
        { "tencent-metadata", "CredentialSource", "169.254.0.23", "80/TCP" },
        { "openstack-metadata", "CredentialSource", "169.254.169.254 fe80::a9fe:a9fe", "80/TCP" },
        { "digitalocean-metadata", "CredentialSource", "169.254.169.254", "80/TCP" },
        { "hetzner-metadata", "CredentialSource", "169.254.169.254", "80/TCP" },
        { "vultr-metadata", "CredentialSource", "169.254.169.254", "80/TCP" },
        { "ibm-vpc-metadata", "CredentialSource", "169.254.169.254", "80/TCP 443/TCP" },
        { "linode-metadata", "CredentialSource", "169.254.169.254 fd00:a9fe:a9fe::1", "80/TCP" },
        { "scaleway-metadata", "CredentialSource", "169.254.42.42 fd00:42::42", "80/TCP" },
        { "exoscale-metadata", "CredentialSource", "169.254.169.254", "80/TCP 8080/TCP" },
        { "equinix-metal-metadata", "CredentialSource", "192.80.8.124", "80/TCP 443/TCP" },
        { "node-local-dns", "NeededService", "169.254.20.10 169.254.25.10", "53/UDP 53/TCP" },
        { "gke-cloud-dns", "NeededService", "169.254.169.254", "53/UDP 53/TCP" },
        { "aws-eks-pod-identity", "NeededService", "169.254.170.23 fd00:ec2::23", "80/TCP" },
        { "aws-time-sync", "NeededService", "169.254.169.123", "123/UDP" },
        { "aws-dns", "NeededService", "169.254.169.253", "53/UDP 53/TCP" },
        { "azure-dns", "NeededService", "168.63.129.16", "53/UDP 53/TCP" },
    };

    [Theory]
    [MemberData(nameof(Design))]
    public void Should_match_the_DESIGN_table_When_an_endpoint_is_listed(string id, string role, string addresses, string ports)
    {
        var endpoint = Assert.Single(EndpointCatalog.All, e => e.Id == id);

        Assert.Equal(role, endpoint.Role.ToString());
        Assert.Equal(addresses, string.Join(" ", endpoint.Addresses));
        Assert.Equal(ports, string.Join(" ", endpoint.Ports));
    }

    [Fact]
    public void Should_list_exactly_the_DESIGN_endpoints_When_all_are_chosen() =>
        Assert.Equal(Design.Select(r => (string)r[0]).Order(StringComparer.Ordinal),
            EndpointCatalog.All.Select(e => e.Id).Order(StringComparer.Ordinal));
}
