using MetaFence.Core.Verify;

namespace MetaFence.Core.Tests.Verify;

public sealed class ProbePodsTests
{
    [Fact]
    public void Should_name_the_pod_after_the_namespace_hash_and_run_id_When_planned()
    {
        var a = ProbePods.Name("shop", "run00001");

        Assert.Equal(a, ProbePods.Name("shop", "run00001"));
        Assert.NotEqual(a, ProbePods.Name("shop2", "run00001"));
        Assert.Matches("^metafence-probe-[0-9a-f]{8}-run00001$", a);
    }

    [Fact]
    public void Should_keep_the_workload_labels_and_add_the_run_label_When_standing_in_for_a_workload()
    {
        var labels = ProbePods.Labels("run1", [KeyValuePair.Create("app", "web"), KeyValuePair.Create(ProbePods.RunLabel, "other")]);

        Assert.Equal(["app=web", "app.kubernetes.io/managed-by=metafence", "metafence.io/probe=run1"], labels.Select(p => $"{p.Key}={p.Value}"));
    }

    [Fact]
    public void Should_keep_the_workload_managed_by_label_When_it_has_one()
    {
        // A Helm workload's policies may select managed-by=Helm: the probe keeps it, and is found again by the run label.
        var labels = ProbePods.Labels("run1", [KeyValuePair.Create(ProbePods.ManagedByLabel, "Helm")]);

        Assert.Equal(["app.kubernetes.io/managed-by=Helm", "metafence.io/probe=run1"], labels.Select(p => $"{p.Key}={p.Value}"));
    }
}
