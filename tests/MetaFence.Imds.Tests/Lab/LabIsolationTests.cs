using MetaFence.Imds.Lab;
using static MetaFence.Imds.Lab.LabAddresses;

namespace MetaFence.Imds.Tests.Lab;

/// <summary>The isolation guard itself: a lab that could leak is refused before any metadata traffic.</summary>
public sealed class LabIsolationTests
{
    [Fact]
    public void Should_refuse_to_start_When_a_namespace_holds_an_interface_the_lab_did_not_make()
    {
        using var lab = TestLab.Create();
        NetworkLab.Ip("-n", lab.Pod, "link", "add", "stray0", "type", "veth", "peer", "name", "stray1");

        var refused = Assert.Throws<LabException>(() => LabIsolation.Verify(lab));

        Assert.Matches($"^refusing to start: cannot show that lab namespace {lab.Pod} is isolated: it has interface stray[01], which the lab did not make$",
            refused.Message);
    }

    [Fact]
    public void Should_refuse_to_start_When_a_namespace_has_a_default_route()
    {
        using var lab = TestLab.Create();
        NetworkLab.Ip("-n", lab.Pod, "route", "add", "default", "via", NodeToPodV4, "dev", PodLink);

        var refused = Assert.Throws<LabException>(() => LabIsolation.Verify(lab));

        Assert.StartsWith($"refusing to start: cannot show that lab namespace {lab.Pod} is isolated: it has a default route", refused.Message, StringComparison.Ordinal);
    }
}
