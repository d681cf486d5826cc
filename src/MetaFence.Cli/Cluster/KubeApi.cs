using System.Net.Http.Headers;
using System.Text;
using k8s;
using MetaFence.Sources.Live;

namespace MetaFence.Cli.Cluster;

/// <summary>
/// Raw requests through the official client's HTTP pipeline and credentials (TLS, client
/// certificates, tokens, exec plugins), for what its typed API does not offer: server-side apply
/// with <c>fieldManager</c>, <c>force</c> and <c>dryRun</c> for any kind, core group or not.
/// Transport failures throw <see cref="ClusterUnreachableException"/> (exit 3).
/// </summary>
internal sealed class KubeApi(Kubernetes client, string cluster)
{
    public string Cluster { get; } = cluster;

    public static KubeApi For(ClusterConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);

        // ClusterConnection builds a k8s.Kubernetes; its HttpClient and Credentials carry the kubeconfig's TLS and auth.
        return new KubeApi((Kubernetes)connection.Client, connection.DisplayName);
    }

    /// <summary>Sends <paramref name="method"/> to <paramref name="path"/> (relative to the server, e.g. <c>api/v1/namespaces</c>); <paramref name="doing"/> names it in errors.</summary>
    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, string doing, string? body = null, string contentType = "application/json",
        CancellationToken cancellationToken = default)
    {
        var baseUri = client.BaseUri.ToString().EndsWith('/') ? client.BaseUri : new Uri(client.BaseUri + "/");
        using var request = new HttpRequestMessage(method, new Uri(baseUri, path.TrimStart('/')));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        try
        {
            if (client.Credentials is { } credentials)
            {
                await credentials.ProcessHttpRequestAsync(request, cancellationToken).ConfigureAwait(false);
            }

            using var response = await client.HttpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return new ApiResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw ClusterErrors.Describe(e, Cluster, doing) ?? new ClusterUnreachableException(Cluster, $"cannot connect while {doing}", "check the connection", e);
        }
    }

    /// <summary>The exception for a 401 or 403: MetaFence may not do what it needs (exit 3).</summary>
    public ClusterUnreachableException Refused(string doing, ApiResponse response) =>
        new(Cluster, $"refused while {doing}: {response.Message}",
            "grant the ClusterRole in deploy/rbac/metafence-verify.yaml to this user, or use a context whose user has it");

    /// <summary>Like <see cref="SendAsync"/>, but 401 and 403 throw (exit 3): MetaFence may not do what it needs.</summary>
    public async Task<ApiResponse> SendCheckedAsync(HttpMethod method, string path, string doing, string? body = null,
        string contentType = "application/json", CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(method, path, doing, body, contentType, cancellationToken).ConfigureAwait(false);
        return response.Status is 401 or 403 ? throw Refused(doing, response) : response;
    }
}
