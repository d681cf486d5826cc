using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Conversion;

public class ExposureConversionTests
{
    private const string Objects = """
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: shop}
        spec: {type: LoadBalancer, selector: {app: web}, ports: [{port: 80}]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: api, namespace: shop}
        spec: {selector: {app: api}}
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: public, namespace: shop}
        spec:
          defaultBackend: {service: {name: web, port: {number: 80}}}
          rules:
          - http:
              paths:
              - {path: /api, pathType: Prefix, backend: {service: {name: api, port: {number: 8080}}}}
        ---
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata: {name: old, namespace: shop}
        spec: {backend: {serviceName: legacy, servicePort: 80}}
        """;

    [Fact]
    public void Should_keep_type_selector_and_backends_When_services_and_ingresses_are_read()
    {
        var result = Yaml.Read(Objects);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["shop/api ClusterIP app=api", "shop/web LoadBalancer app=web"],
            result.Snapshot.Services.Select(s => $"{s.Namespace}/{s.Name} {s.Type} {s.Selector}"));
        Assert.Equal(["shop/old legacy", "shop/public api,web"],
            result.Snapshot.Ingresses.Select(i => $"{i.Namespace}/{i.Name} {string.Join(",", i.BackendServices)}"));
    }

    [Fact]
    public void Should_still_count_them_as_skipped_When_they_are_read_so_audit_output_does_not_change()
    {
        var result = Yaml.Read(Objects);

        Assert.Equal(["Ingress=2", "Service=2"], result.Snapshot.SkippedKinds.Select(p => $"{p.Key}={p.Value}"));
    }

    [Fact]
    public void Should_drop_the_hint_silently_When_a_service_is_malformed()
    {
        var result = Yaml.Read("""
            apiVersion: v1
            kind: Service
            metadata: {name: odd}
            spec: {type: 7, selector: [a, b]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {namespace: x}
            spec: {type: NodePort}
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["default/odd ClusterIP "], result.Snapshot.Services.Select(s => $"{s.Namespace}/{s.Name} {s.Type} {s.Selector}"));
    }

    [Fact]
    public void Should_read_services_When_they_come_in_a_streamed_json_list()
    {
        var result = Yaml.Read("""
            {"apiVersion": "v1", "kind": "List", "items": [
              {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "shop"},
               "spec": {"type": "NodePort", "selector": {"app": "web"}}}]}
            """, "dump.json");

        Assert.Equal(["shop/web NodePort"], result.Snapshot.Services.Select(s => $"{s.Namespace}/{s.Name} {s.Type}"));
    }
}
