using System.Globalization;
using System.Runtime.CompilerServices;

namespace MetaFence.Imds.Probe;

/// <summary>
/// Runs probe checks the way an attacker in a pod would: plain sockets, the provider's headers,
/// IMDSv2's token dance. Checks run a few at a time; results come back in check-list order.
/// Only checks' own addresses are contacted. Details are the same words the generated script uses.
/// </summary>
public sealed class Prober(TimeSpan timeout, TimeProvider time)
{
    public const int Parallelism = 4;

    /// <summary>The IMDSv2 token TTL requested: the documented maximum, as the SDKs ask.</summary>
    public const int TokenTtlSeconds = 21600;

    public const string AwsCredentialsPath = "/latest/meta-data/iam/security-credentials/";

    public const string GcpTokenPath = "/computeMetadata/v1/instance/service-accounts/default/token";

    public const string AzureTokenPath = "/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https%3A%2F%2Fmanagement.azure.com%2F";

    private readonly RawHttp _http = new(timeout, time);

    public async IAsyncEnumerable<ProbeResult> RunAsync(IReadOnlyList<ProbeCheck> checks, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checks);
        using var gate = new SemaphoreSlim(Parallelism);
        var running = checks.Select(check => RunGatedAsync(check, gate, cancellationToken)).ToList();
        foreach (var result in running)
        {
            yield return await result.ConfigureAwait(false);
        }
    }

    public async Task<ProbeResult> RunAsync(ProbeCheck check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        var started = time.GetTimestamp();
        (ProbeOutcome Outcome, string Detail) seen;
        try
        {
            seen = await CheckAsync(check, cancellationToken).ConfigureAwait(false);
        }
        catch (ProbeFailure failure)
        {
            seen = (failure.Outcome, failure.Detail);
        }

        return new ProbeResult(check, seen.Outcome, seen.Detail, (long)time.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task<ProbeResult> RunGatedAsync(ProbeCheck check, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunAsync(check, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private Task<(ProbeOutcome, string)> CheckAsync(ProbeCheck check, CancellationToken cancellationToken) => check.Kind switch
    {
        CheckKind.TcpConnect or CheckKind.Egress => ConnectAsync(check, cancellationToken),
        CheckKind.Imdsv1Credentials => AwsCredentialsAsync(check, [], cancellationToken),
        CheckKind.Imdsv2Credentials => Imdsv2Async(check, cancellationToken),
        CheckKind.ServiceAccountToken => TokenAsync(check, "GET", Prober.GcpTokenPath, [("Metadata-Flavor", "Google")], cancellationToken),
        CheckKind.ManagedIdentityToken => TokenAsync(check, "GET", Prober.AzureTokenPath, [("Metadata", "true")], cancellationToken),
        CheckKind.Dns => ResolveAsync(check, cancellationToken),
        _ => throw new System.Diagnostics.UnreachableException($"check kind {check.Kind}"),
    };

    private async Task<(ProbeOutcome, string)> ConnectAsync(ProbeCheck check, CancellationToken cancellationToken)
    {
        using var socket = await _http.ConnectAsync(check.Address, check.Port, cancellationToken).ConfigureAwait(false);
        return (ProbeOutcome.Reachable, check.Kind == CheckKind.Egress ? $"connected to {socket.RemoteEndPoint}" : "connected");
    }

    private async Task<(ProbeOutcome, string)> ResolveAsync(ProbeCheck check, CancellationToken cancellationToken)
    {
        var addresses = await _http.ResolveAsync(check.Address, cancellationToken).ConfigureAwait(false);
        return (ProbeOutcome.Reachable, $"resolved to {string.Join(" ", addresses.Select(a => a.ToString()).Order(StringComparer.Ordinal))}");
    }

    private async Task<(ProbeOutcome, string)> Imdsv2Async(ProbeCheck check, CancellationToken cancellationToken)
    {
        HttpReply token;
        try
        {
            var ttl = ("X-aws-ec2-metadata-token-ttl-seconds", TokenTtlSeconds.ToString(CultureInfo.InvariantCulture));
            token = await _http.SendAsync(check.Address, check.Port, "PUT", "/latest/api/token", [ttl], cancellationToken).ConfigureAwait(false);
        }
        catch (ProbeFailure failure)
        {
            throw failure.Prefixed("token");
        }

        if (token.Status != 200)
        {
            return (ProbeOutcome.Reachable, Status("token", token));
        }

        try
        {
            var (outcome, detail) = await AwsCredentialsAsync(check, [("X-aws-ec2-metadata-token", token.Body.Trim())], cancellationToken).ConfigureAwait(false);
            return (outcome, $"token: HTTP 200; {detail}");
        }
        catch (ProbeFailure failure)
        {
            throw failure.Prefixed("token: HTTP 200;");
        }
    }

    /// <summary>The role name, then its credentials: what an SSRF against IMDS reads.</summary>
    private async Task<(ProbeOutcome, string)> AwsCredentialsAsync(
        ProbeCheck check, (string, string)[] headers, CancellationToken cancellationToken)
    {
        var list = await _http.SendAsync(check.Address, check.Port, "GET", AwsCredentialsPath, headers, cancellationToken).ConfigureAwait(false);
        var role = list.Body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (list.Status != 200 || role is null || role.Any(c => !char.IsAsciiLetterOrDigit(c) && !"+=,.@_-".Contains(c, StringComparison.Ordinal)))
        {
            return (ProbeOutcome.Reachable, Status("credentials", list));
        }

        var credentials = await _http.SendAsync(check.Address, check.Port, "GET", AwsCredentialsPath + role, headers, cancellationToken).ConfigureAwait(false);
        var key = JsonField(credentials.Body, "AccessKeyId");
        return (ProbeOutcome.Reachable, credentials.Status == 200 && key is not null
            ? $"credentials: HTTP 200: role {role}, AccessKeyId {key}"
            : Status("credentials", credentials));
    }

    private async Task<(ProbeOutcome, string)> TokenAsync(
        ProbeCheck check, string method, string path, (string, string)[] headers, CancellationToken cancellationToken)
    {
        var reply = await _http.SendAsync(check.Address, check.Port, method, path, headers, cancellationToken).ConfigureAwait(false);
        return (ProbeOutcome.Reachable, reply.Status == 200 && JsonField(reply.Body, "access_token") is not null
            ? "token: HTTP 200: access_token issued"
            : Status("token", reply));
    }

    private static string Status(string step, HttpReply reply) => string.Create(CultureInfo.InvariantCulture, $"{step}: HTTP {reply.Status}");

    /// <summary>A string field of a JSON reply, or null (also when the reply is not JSON).</summary>
    private static string? JsonField(string body, string name)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String
                ? new string([.. (value.GetString() ?? string.Empty).Where(c => c is >= ' ' and <= '~' and not '"' and not '\\')])
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
