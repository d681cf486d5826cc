using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using k8s.Autorest;

namespace MetaFence.Sources.Live;

/// <summary>
/// Turns what went wrong talking to a cluster into a <see cref="ClusterUnreachableException"/>
/// naming the cluster, what failed and what to try: DNS, connection refused, TLS, timeouts,
/// 401, 403 and server errors. <c>doing</c> says what the request was for (<c>listing pods</c>).
/// </summary>
public static class ClusterErrors
{
    /// <summary>The exception for a failed request, or null when <paramref name="exception"/> is not a transport or HTTP failure.</summary>
    public static ClusterUnreachableException? Describe(Exception exception, string cluster, string doing)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            ClusterUnreachableException known => known,
            HttpOperationException http => ForStatus((int)http.Response.StatusCode, cluster, doing, http),
            HttpRequestException request => ForTransport(request, cluster, doing),
            TaskCanceledException or TimeoutException => new ClusterUnreachableException(
                cluster, $"no answer in time while {doing} (timeout)", "check that the server is up and reachable from here (VPN, firewall, proxy)", exception),
            AuthenticationException => Tls(cluster, doing, exception),
            _ => null,
        };
    }

    /// <summary>The exception for an HTTP status that ends the run (401, 403 on discovery, 5xx, anything unexpected).</summary>
    public static ClusterUnreachableException ForStatus(int status, string cluster, string doing, Exception? inner = null) => status switch
    {
        401 => new(cluster, $"the server refused the credentials while {doing} (401 Unauthorized)",
            "log in again or refresh the token (kubectl get --raw /version with the same kubeconfig shows the same error)", inner),
        403 => new(cluster, $"the user may not do this: {doing} (403 Forbidden)",
            "ask for the read-only role in deploy/rbac/metafence-audit-readonly.yaml, or use a context whose user has it", inner),
        404 => new(cluster, $"the server has no such resource while {doing} (404 Not Found)",
            "check that the server address is a Kubernetes API server", inner),
        >= 500 => new(cluster, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the server failed while {doing} ({status}, still failing after retries)"),
            "try again later; kubectl get --raw /readyz shows the server's health", inner),
        _ => new(cluster, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"unexpected answer {status} while {doing}"),
            "check that the server address is a Kubernetes API server", inner),
    };

    private static ClusterUnreachableException ForTransport(HttpRequestException exception, string cluster, string doing)
    {
        var socket = FindInner<SocketException>(exception);
        if (FindInner<AuthenticationException>(exception) is not null || exception.HttpRequestError == HttpRequestError.SecureConnectionError)
        {
            return Tls(cluster, doing, exception);
        }

        if (exception.HttpRequestError == HttpRequestError.NameResolutionError || socket?.SocketErrorCode is SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData)
        {
            return new(cluster, $"the server name does not resolve (DNS) while {doing}", "check the server address in the kubeconfig and this machine's DNS", exception);
        }

        if (socket?.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return new(cluster, $"connection refused while {doing}", "check that the API server is running and the address and port in the kubeconfig are right", exception);
        }

        if (socket?.SocketErrorCode == SocketError.TimedOut)
        {
            return new(cluster, $"no answer in time while {doing} (timeout)", "check that the server is up and reachable from here (VPN, firewall, proxy)", exception);
        }

        var detail = (socket?.Message ?? exception.Message).TrimEnd('.');
        return new(cluster, $"cannot connect while {doing} ({detail})", "check the server address in the kubeconfig and the network between here and the cluster", exception);
    }

    private static ClusterUnreachableException Tls(string cluster, string doing, Exception exception) =>
        new(cluster, $"the TLS handshake failed while {doing} (the server's certificate is not trusted, or the client certificate was refused)",
            "check certificate-authority-data and the client certificate in the kubeconfig", exception);

    private static T? FindInner<T>(Exception exception)
        where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>True for statuses worth retrying: 429 and 5xx.</summary>
    internal static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;
}
