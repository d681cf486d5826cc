using MetaFence.Core.Catalog;
using MetaFence.Core.Net;

namespace MetaFence.Rendering.Tests.Fixtures;

/// <summary>Hand-built catalog entries (the real catalog is not needed to test rendering).</summary>
internal static class Endpoints
{
    public static readonly Endpoint AwsImds = Credential("aws-imds", "aws", ["169.254.169.254", "fd00:ec2::254"], 80);

    public static readonly Endpoint GcpMetadata = Credential("gcp-metadata", "gcp", ["169.254.169.254", "fd20:ce::254"], 80, 8080);

    public static readonly Endpoint AzureImds = Credential("azure-imds", "azure", ["169.254.169.254"], 80);

    public static readonly Endpoint OracleImds = Credential("oracle-imds", "oracle", ["169.254.169.254"], 80);

    public static readonly Endpoint NodeLocalDns = new()
    {
        Id = "node-local-dns",
        Providers = ["aws", "azure", "gcp", "oracle"],
        Role = EndpointRole.NeededService,
        Description = "NodeLocal DNSCache",
        Addresses = [Ip("169.254.20.10")],
        Ports = [new ServicePort(53, Protocol.UDP), new ServicePort(53, Protocol.TCP)],
        Source = "https://kubernetes.io/docs/tasks/administer-cluster/nodelocaldns/",
    };

    public static IpAddress Ip(string text) =>
        IpAddress.TryParse(text, out var address) ? address : throw new ArgumentException(text, nameof(text));

    private static Endpoint Credential(string id, string provider, string[] addresses, params int[] ports) => new()
    {
        Id = id,
        Providers = [provider],
        Role = EndpointRole.CredentialSource,
        Description = $"{provider} instance metadata",
        Addresses = [.. addresses.Select(Ip)],
        Ports = [.. ports.Select(p => new ServicePort(p, Protocol.TCP))],
        Needs = null,
        Source = $"https://example.test/{id}",
    };
}
