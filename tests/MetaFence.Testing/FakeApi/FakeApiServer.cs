using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MetaFence.Testing.FakeApi;

/// <summary>
/// An in-process Kubernetes API server on 127.0.0.1 (random port) speaking the REST protocol for what MetaFence
/// uses: discovery, paged lists, watch, get/create/replace/patch/apply/delete, pod logs, bearer-token users with
/// RBAC rules, and scripted faults. The official client and the real kubectl both work against it; README.md in
/// this folder says what it does not do.
/// </summary>
public sealed class FakeApiServer : IAsyncDisposable
{
    /// <summary>The user that may do everything.</summary>
    public const string Admin = "admin";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeRbacRule[]?> _users = new(StringComparer.Ordinal) { [Admin] = null };
    private readonly List<RecordedRequest> _requests = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly X509Certificate2 _certificate = FakeCertificate.Create();
    private WebApplication? _app;
    private int _disposed;

    private FakeApiServer()
    {
        Tokens = new ContinueTokens();
    }

    /// <summary><c>https://127.0.0.1:PORT</c>; it stays the same after dispose, so that it then refuses connections.</summary>
    public Uri Address { get; private set; } = new("https://127.0.0.1/");

    /// <summary>The server's self-signed certificate (its own CA), trusted by <see cref="ClientConfiguration"/> and kubeconfigs.</summary>
    public X509Certificate2 Certificate => _certificate;

    public FakeCluster Cluster { get; } = new();

    public FakeFaults Faults { get; } = new();

    /// <summary>
    /// Awaited before each authenticated request is answered (after faults), outside every lock:
    /// lets a test hold a request, e.g. to see that lists overlap. Null answers at once.
    /// </summary>
    public Func<RecordedRequest, Task>? BeforeAnswer { get; set; }

    /// <summary>Server-side cap on <c>limit</c>: a larger limit is served in pages of this size.</summary>
    public int MaxPageSize { get; set; } = 500;

    /// <summary>Every request so far, in arrival order (a copy).</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    internal ContinueTokens Tokens { get; }

    internal CancellationToken Stopping => _stopping.Token;

    public static async Task<FakeApiServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new FakeApiServer();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(server._certificate)));
        var app = builder.Build();
        var router = new Router(server);
        app.Run(router.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.First() ?? throw new InvalidOperationException("Kestrel reported no address");
        server.Address = new Uri(address);
        server._app = app;
        return server;
    }

    /// <summary>Adds (or redefines) a user with a bearer token of its own; no rules means it may do nothing.</summary>
    public void AddUser(string user, params FakeRbacRule[] rules)
    {
        lock (_gate)
        {
            _users[user] = rules;
        }
    }

    /// <summary>The bearer token of <paramref name="user"/>.</summary>
    public static string TokenOf(string user) => "fake-token-" + user;

    public k8s.KubernetesClientConfiguration ClientConfiguration(string user = Admin) => new()
    {
        Host = Address.AbsoluteUri.TrimEnd('/'),
        AccessToken = TokenOf(user),
        SslCaCerts = [_certificate],
    };

    /// <summary>Writes a kubeconfig with cluster <c>fake-cluster</c>, the user's token and <paramref name="context"/> as current.</summary>
    public string WriteKubeconfig(string path, string user = Admin, string context = "fake")
    {
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: fake-cluster
              cluster:
                server: {Address.AbsoluteUri.TrimEnd('/')}
                certificate-authority-data: {FakeCertificate.AuthorityData(_certificate)}
            users:
            - name: {user}
              user:
                token: {TokenOf(user)}
            contexts:
            - name: {context}
              context:
                cluster: fake-cluster
                user: {user}
                namespace: default
            current-context: {context}

            """);
        return path;
    }

    /// <summary>Every continue token issued so far now gets 410 Expired, as after etcd compaction.</summary>
    public void ExpireContinueTokens() => Tokens.ExpireAll();

    /// <summary>The user a bearer token belongs to, or null when unknown.</summary>
    internal string? UserOf(string token)
    {
        lock (_gate)
        {
            return _users.Keys.FirstOrDefault(u => TokenOf(u) == token);
        }
    }

    /// <summary>Whether <paramref name="user"/> may do <paramref name="verb"/> (RBAC, admin may do everything).</summary>
    internal bool IsAllowed(string user, string verb, string group, string resource, string? ns)
    {
        lock (_gate)
        {
            return _users.TryGetValue(user, out var rules) && (rules is null || rules.Any(r => r.Allows(verb, group, resource, ns)));
        }
    }

    internal void Record(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
        _certificate.Dispose();
    }
}
