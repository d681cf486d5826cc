using System.Globalization;
using System.Text;

namespace MetaFence.Sources.Tests.FakeApi;

/// <summary>Objects to seed the fake API server with.</summary>
internal static class FakeObjects
{
    /// <summary><paramref name="count"/> pods named <c>pod-0000</c>… spread over namespaces <c>ns-0</c>…<c>ns-(namespaces-1)</c>.</summary>
    public static string Pods(int count, int namespaces = 1)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"apiVersion: v1\nkind: Pod\nmetadata: {{name: pod-{i:D4}, namespace: ns-{i % namespaces}, labels: {{app: web, index: \"{i}\"}}}}\n");
            text.Append("spec: {containers: [{name: app, image: nginx}]}\n---");
            text.Append('\n');
        }

        return text.ToString();
    }

    public static string Pod(string ns, string name, string app = "web") => $$"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: {{name}}
          namespace: {{ns}}
          labels:
            app: {{app}}
        spec:
          containers:
          - name: app
            image: nginx
        """;

    public static string DenyMetadataPolicy(string ns, string name = "metafence-deny-metadata", string cidr = "169.254.169.254/32") => $$"""
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: {{name}}
          namespace: {{ns}}
          labels:
            app.kubernetes.io/managed-by: metafence
        spec:
          podSelector: {}
          policyTypes: [Egress]
          egress:
          - to:
            - ipBlock:
                cidr: 0.0.0.0/0
                except: [{{cidr}}]
        """;
}
