using MetaFence.Core.Evaluation;

namespace MetaFence.Core.Tests.Architecture;

public sealed class CoreDependencyTests
{
    [Fact]
    public void Should_reference_only_the_base_library_When_core_is_built()
    {
        // STYLE.md section 2: Core never sees k8s.Models, the console or hosting.
        var forbidden = new[] { "KubernetesClient", "Spectre.Console", "System.CommandLine", "Microsoft.Extensions", "YamlDotNet" };
        var referenced = typeof(EgressEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        Assert.NotEmpty(referenced);
        Assert.DoesNotContain(referenced, name => forbidden.Any(f => name.StartsWith(f, StringComparison.Ordinal)));
    }
}
