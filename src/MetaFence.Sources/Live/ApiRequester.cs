using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;

namespace MetaFence.Sources.Live;

/// <summary>
/// Raw GETs through the client's own HTTP pipeline and credentials (TLS, tokens, exec plugins all
/// from <c>KubernetesClient</c>), so list bodies reach the loader byte for byte. 429 waits for
/// Retry-After and 5xx waits a little, a bounded number of times; transport failures become
/// <see cref="ClusterUnreachableException"/>. Waits go through <paramref name="wait"/> (tests pass none).
/// </summary>
internal sealed class ApiRequester(ClusterConnection connection, Func<TimeSpan, CancellationToken, Task> wait)
{
    /// <summary>How often a 429 is waited out before the run fails.</summary>
    public const int TooManyRequestsRetries = 5;

    /// <summary>How often a 5xx is retried before the run fails.</summary>
    public const int ServerErrorRetries = 2;

    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    public string Cluster => connection.DisplayName;

    /// <summary>The answer, after retrying 429 and 5xx; other statuses are the caller's to judge.</summary>
    public async Task<ApiResponse> GetAsync(string path, string doing, CancellationToken cancellationToken)
    {
        var busy = 0;
        var failed = 0;
        while (true)
        {
            var response = await SendAsync(path, doing, cancellationToken).ConfigureAwait(false);
            if (response.Status == HttpStatusCode.TooManyRequests && busy++ < TooManyRequestsRetries)
            {
                await wait(Bounded(response.RetryAfter ?? TimeSpan.FromSeconds(1)), cancellationToken).ConfigureAwait(false);
                continue;
            }

            if ((int)response.Status >= 500 && failed++ < ServerErrorRetries)
            {
                await wait(TimeSpan.FromSeconds(failed), cancellationToken).ConfigureAwait(false);
                continue;
            }

            return response;
        }
    }

    private static TimeSpan Bounded(TimeSpan delay) => delay < TimeSpan.Zero ? TimeSpan.Zero : delay > LongestWait ? LongestWait : delay;

    private async Task<ApiResponse> SendAsync(string path, string doing, CancellationToken cancellationToken)
    {
        var client = connection.Raw;

        // BaseUri may carry a path (Rancher, proxies): append to it rather than replace it.
        var uri = new Uri(client.BaseUri.ToString().TrimEnd('/') + "/" + path.TrimStart('/'));
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            if (client.Credentials is { } credentials)
            {
                await credentials.ProcessHttpRequestAsync(request, cancellationToken).ConfigureAwait(false);
            }

            using var response = await client.HttpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return new ApiResponse(response.StatusCode, body, RetryAfter(response));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested
            && e is HttpRequestException or TaskCanceledException or TimeoutException or AuthenticationException or IOException)
        {
            throw ClusterErrors.Describe(e, connection.DisplayName, doing)
                ?? new ClusterUnreachableException(connection.DisplayName, $"cannot connect while {doing} ({e.Message.TrimEnd('.')})", "check the network between here and the cluster", e);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter is { } header
            ? header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null)
            : null;
}
