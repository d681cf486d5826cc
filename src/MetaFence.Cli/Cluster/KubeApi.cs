using System.Net.Http.Headers;
using System.Text;
using k8s;

namespace MetaFence.Cli.Cluster;

/// <summary>
/// Raw requests through the official client's HTTP pipeline and credentials (TLS, client
/// certificates, tokens, exec plugins), for what its typed API does not offer: server-side apply
/// with <c>fieldManager</c>, <c>force</c> and <c>dryRun</c> for any kind, core group or not.
/// Transport failures throw <see cref="Verify.ClusterException"/> (status 0).
/// </summary>
internal sealed class KubeApi(Kubernetes client, string cluster)
{
    public string Cluster { get; } = cluster;

    /// <summary>Sends <paramref name="method"/> to <paramref name="path"/> (relative to the server, e.g. <c>api/v1/namespaces</c>).</summary>
    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? body = null, string contentType = "application/json",
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
        catch (HttpRequestException e)
        {
            throw new Verify.ClusterException($"{Cluster}: cannot connect ({e.Message.TrimEnd('.')})", 0, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Verify.ClusterException($"{Cluster}: no answer in time", 0, e);
        }
    }

    /// <summary>Like <see cref="SendAsync"/>, but 401 and 403 throw (exit 3): MetaFence may not do what it needs.</summary>
    public async Task<ApiResponse> SendCheckedAsync(HttpMethod method, string path, string doing, string? body = null,
        string contentType = "application/json", CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(method, path, body, contentType, cancellationToken).ConfigureAwait(false);
        return response.Status is 401 or 403
            ? throw new Verify.ClusterException($"{Cluster}: refused while {doing}: {response.Message}", response.Status)
            : response;
    }
}
