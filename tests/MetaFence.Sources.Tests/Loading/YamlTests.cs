using MetaFence.Testing.Loading;
using Xunit.Sdk;

namespace MetaFence.Sources.Tests.Loading;

public class YamlTests
{
    [Fact]
    public void Should_return_the_snapshot_When_the_yaml_loads()
    {
        var snapshot = Yaml.Load("""
            apiVersion: v1
            kind: Pod
            metadata: {name: a, namespace: x, labels: {app: a}}
            """);

        Assert.Equal("x/a", Assert.Single(snapshot.Pods).ToString());
    }

    [Fact]
    public void Should_fail_the_test_with_the_diagnostics_When_the_yaml_does_not_load()
    {
        var failure = Assert.Throws<FailException>(() => Yaml.Load("apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: [x]}\n"));

        Assert.Contains("test.yaml: document 1: metadata.labels: a list is not a map", failure.Message, StringComparison.Ordinal);
    }
}
