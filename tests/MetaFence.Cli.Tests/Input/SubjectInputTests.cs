using MetaFence.Cli.Input;
using MetaFence.Core.Snapshot;

namespace MetaFence.Cli.Tests.Input;

/// <summary>
/// <c>--from</c> against a tiny world: x/web is a Deployment with pods web-b and web-a, x/web-a-debug
/// a bare pod, x/api a Deployment with only its template, y/web a StatefulSet and a DaemonSet of
/// the same name.
/// </summary>
public sealed class SubjectInputTests
{
    private static readonly ClusterSnapshot World = ClusterSnapshot.Empty with
    {
        Pods =
        [
            Pod("x", "web-b", new ObjectRef("Deployment", "x", "web")),
            Pod("x", "web-a", new ObjectRef("Deployment", "x", "web")),
            Pod("x", "debug", null),
            Pod("x", "api", new ObjectRef("Deployment", "x", "api")) with { Phase = PodPhase.Template },
            Pod("y", "web-0", new ObjectRef("StatefulSet", "y", "web")),
            Pod("y", "web-x1", new ObjectRef("DaemonSet", "y", "web")),
        ],
    };

    [Theory]
    [InlineData("x/debug", "Pod", "debug", "")]
    [InlineData("debug", "Pod", "debug", "")]
    [InlineData("x/web-b", "Pod", "web-b", "")]
    [InlineData("x/Pod/web-b", "Pod", "web-b", "")]
    [InlineData("x/web", "Deployment", "web-a", "Deployment x/web: answered for its pod x/web-a (1 of 2)")]
    [InlineData("x/deployment/web", "Deployment", "web-a", "Deployment x/web: answered for its pod x/web-a (1 of 2)")]
    [InlineData("x/api", "Deployment", "api", "Deployment x/api has no pods in the input: answered for its pod template")]
    [InlineData("y/statefulset/web", "StatefulSet", "web-0", "StatefulSet y/web: answered for its pod y/web-0 (1 of 1)")]
    public void Should_find_the_pod_that_answers_When_the_name_is_known(string text, string kind, string pod, string note)
    {
        Assert.True(SubjectInput.TryResolve(World, text, "x", out var input, out var problem), problem);

        Assert.Equal((kind, pod), (input.From.Kind, input.Subject.Name));
        Assert.Equal(note, string.Join(" | ", input.Notes));
    }

    [Theory]
    [InlineData("x/wbe", "no pod or workload x/wbe in the input; did you mean x/web?")]
    [InlineData("z/web", "no pod or workload z/web in the input; did you mean x/web, y/web?")]
    [InlineData("x/zzzzzzzz", "no pod or workload x/zzzzzzzz in the input")]
    [InlineData("y/web", "y/web names a DaemonSet and a StatefulSet; say which: y/DaemonSet/web, y/StatefulSet/web")]
    [InlineData("a/b/c/d", "not a pod or workload name")]
    [InlineData("x/", "not a pod or workload name")]
    public void Should_say_what_is_wrong_When_the_name_is_not_found(string text, string expected)
    {
        Assert.False(SubjectInput.TryResolve(World, text, "x", out _, out var problem));

        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Should_warn_When_the_pods_of_a_workload_differ_in_labels()
    {
        var world = World with { Pods = [.. World.Pods.Select(p => p.Name == "web-b" ? p with { Labels = LabelSet.Of(("v", "2")) } : p)] };

        Assert.True(SubjectInput.TryResolve(world, "x/web", "x", out var input, out _));

        Assert.Contains("the pods of Deployment x/web differ in labels or hostNetwork (a rollout?): ask about each pod by name", input.Notes);
    }

    [Fact]
    public void Should_say_the_input_is_empty_When_there_are_no_pods()
    {
        Assert.False(SubjectInput.TryResolve(ClusterSnapshot.Empty, "x/web", "x", out _, out var problem));

        Assert.Equal("no pod or workload x/web in the input; the input has no pods or workloads", problem);
    }

    private static PodInfo Pod(string ns, string name, ObjectRef? owner) => new() { Namespace = ns, Name = name, Owner = owner };
}
