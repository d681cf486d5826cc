using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Posture;

namespace MetaFence.Rendering.Trace;

/// <summary>A network verdict that lets every IPv4 address of the node's metadata endpoint through: the posture table asks what the node alone does.</summary>
internal static class OpenNetwork
{
    public static EndpointVerdict For(NodeCloud cloud)
    {
        var endpoint = EndpointCatalog.All.Single(e => e.Id == cloud switch
        {
            NodeCloud.Gcp => CredentialExposure.GcpMetadata,
            NodeCloud.Azure => CredentialExposure.AzureImds,
            _ => CredentialExposure.AwsImds,
        });
        return new EndpointVerdict(endpoint, [.. endpoint.Addresses.Where(a => a.Family == IpFamily.V4)
            .Select(a => new DestinationVerdict(new Destination(a, 80, Protocol.TCP), new Verdict(true, Decision.DefaultAllow, [])))]);
    }
}
