using MetaFence.Core.Findings;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Files;

public class TypeErrorTests
{
    /// <summary>One object with a value of the wrong type, and the exact diagnostic.</summary>
    public sealed record Row(string Case, string Yaml, string Message)
    {
        public override string ToString() => Case;
    }

    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n";
    private const string Pod = "apiVersion: v1\nkind: Pod\n";
    private const string Policy = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np}\n";

    public static TheoryData<Row> Rows => new()
    {
        new("replicas as a word", Deployment + "spec: {replicas: three}",
            "spec.replicas: \"three\" is not an integer; expected a whole number"),
        new("replicas quoted", Deployment + "spec: {replicas: \"3\"}",
            "spec.replicas: \"3\" is not an integer; expected a whole number without quotes"),
        new("replicas too large", Deployment + "spec: {replicas: 99999999999}",
            "spec.replicas: 99999999999 is out of range; expected a whole number from -2147483648 to 2147483647"),
        new("container port as a word", Deployment + "spec: {template: {spec: {containers: [{name: c, ports: [{containerPort: abc}]}]}}}",
            "spec.template.spec.containers[0].ports[0].containerPort: \"abc\" is not an integer; expected a whole number"),
        new("labels as a list", Pod + "metadata: {name: a, labels: [app, web]}",
            "metadata.labels: a list is not a map; expected a map of string keys to string values, e.g. app: web"),
        new("label value a number", Pod + "metadata: {name: a, labels: {tier: 1}}",
            "metadata.labels.tier: 1 is not a string; expected a string (put it in quotes: \"1\")"),
        new("label value a boolean under a dotted key", Pod + "metadata: {name: a, labels: {app.kubernetes.io/managed: true}}",
            "metadata.labels['app.kubernetes.io/managed']: true is not a string; expected a string (put the value in quotes: "
            + "kubectl and Helm read unquoted true, false, yes, no, on, off, y and n as booleans)"),

        // YAML 1.1 booleans (go-yaml v2, as kubectl and Helm read YAML): `yes` is true, so a label refuses it.
        new("label value yes", Pod + "metadata: {name: a, labels: {fenced: yes}}",
            "metadata.labels.fenced: true is not a string; expected a string (put the value in quotes: "
            + "kubectl and Helm read unquoted true, false, yes, no, on, off, y and n as booleans)"),
        new("hostNetwork as a quoted yes", Pod + "metadata: {name: a}\nspec: {hostNetwork: \"yes\"}",
            "spec.hostNetwork: \"yes\" is not a boolean; expected true or false"),
        new("containers as a map", Pod + "metadata: {name: a}\nspec: {containers: {name: c}}",
            "spec.containers: a map is not a list; expected a list (items starting with -)"),
        new("spec as a string", Pod + "metadata: {name: a}\nspec: nothing",
            "spec: \"nothing\" is not a map; expected a map of fields"),
        new("a bad quantity", Pod + "metadata: {name: a}\nspec: {containers: [{name: c, resources: {limits: {cpu: lots}}}]}",
            "spec.containers[0].resources.limits.cpu: \"lots\" is not a quantity; expected a quantity, e.g. 500m or 2Gi"),
        new("a bad time", Pod + "metadata: {name: a, creationTimestamp: yesterday}",
            "metadata.creationTimestamp: \"yesterday\" is not a time; expected an RFC 3339 time, e.g. 2024-01-31T12:00:00Z"),
        new("a fractional policy port", Policy + "spec: {egress: [{ports: [{port: 80.5}]}]}",
            "spec.egress[0].ports[0].port: 80.5 is not a number or a name; expected a whole number or a name, e.g. 8080 or http"),
        new("an admin policy priority as a word", "apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: a}\nspec: {priority: high}",
            "spec.priority: \"high\" is not an integer; expected a whole number"),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_name_the_field_and_the_expected_type_When_a_value_has_the_wrong_type(Row row)
    {
        var result = Yaml.Read(row.Yaml);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal($"test.yaml: document 1: {row.Message}", diagnostic.ToString());
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Should_give_the_line_and_load_the_other_documents_When_one_object_has_a_type_error()
    {
        var result = Yaml.Read("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: two
              template: {spec: {containers: [{name: web}]}}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: ok}
            """);

        Assert.Equal(5, Assert.Single(result.Diagnostics).Location.Line);
        Assert.Equal("default/ok", Assert.Single(result.Snapshot.Pods).ToString());
    }
}
