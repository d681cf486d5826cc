using System.Globalization;
using System.Text;
using MetaFence.Sources.Live;
using MetaFence.Testing.FakeApi;

namespace MetaFence.Sources.Tests.Live;

/// <summary>Helpers for live-reader tests: a connection to a FakeApiServer as a user, reads that never wait, and pod YAML in bulk.</summary>
internal static class LiveCluster
{
    /// <summary>Options whose retry waits return at once and are recorded in <paramref name="waits"/>.</summary>
    public static LiveReadOptions Options(List<TimeSpan>? waits = null, int pageSize = 500) => new()
    {
        PageSize = pageSize,
        Wait = (delay, _) =>
        {
            lock (waits ?? [])
            {
                waits?.Add(delay);
            }

            return Task.CompletedTask;
        },
    };

    public static ClusterConnection Connect(FakeApiServer server, string user = FakeApiServer.Admin) =>
        ClusterConnection.FromConfiguration(server.ClientConfiguration(user), $"context fake (server {server.Address.AbsoluteUri.TrimEnd('/')})");

    public static async Task<LiveReadResult> ReadAsync(FakeApiServer server, string user = FakeApiServer.Admin, LiveReadOptions? options = null)
    {
        using var connection = Connect(server, user);
        return await LiveSnapshotReader.ReadAsync(connection, options ?? Options(), CancellationToken.None);
    }

    /// <summary><paramref name="count"/> running pods named <c>pod-0000</c>… spread over <paramref name="namespaces"/> namespaces.</summary>
    public static string Pods(int count, int namespaces = 1)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: pod-{i:D4}
                  namespace: ns-{i % namespaces}
                  labels: {"{"}app: app-{i % 7}{"}"}
                spec:
                  containers:
                  - name: c
                    image: busybox
                status:
                  phase: Running
                  podIP: 10.1.{i / 250}.{i % 250 + 1}
                ---

                """);
        }

        return text.ToString();
    }

    /// <summary>Every rule a read-only auditor needs, except those on <paramref name="without"/> (a plural).</summary>
    public static FakeRbacRule[] ReaderRules(params string[] without) =>
        [.. LiveResources.All.Where(r => !without.Contains(r.Resource)).Select(r => new FakeRbacRule(["get", "list"], r.Group, r.Resource))];
}
