using MetaFence.Core.Plans;

namespace MetaFence.Core.Tests.Plans;

public sealed class SelectorTextTests
{
    [Theory]
    [InlineData("app=cloud-agent", "app=cloud-agent")]
    [InlineData("app==cloud-agent", "app=cloud-agent")]
    [InlineData("app!=web", "app notin (web)")]
    [InlineData("tier in (a, b),app", "app,tier in (a,b)")]
    [InlineData("tier notin (b,a)", "tier notin (a,b)")]
    [InlineData("!canary", "!canary")]
    [InlineData("app.kubernetes.io/name=autoscaler", "app.kubernetes.io/name=autoscaler")]
    public void Should_read_kubectl_selector_syntax_When_the_selector_is_valid(string text, string expected)
    {
        Assert.True(SelectorText.TryParse(text, out var selector, out var problem), problem);
        Assert.Equal(expected, selector.ToString());
    }

    [Theory]
    [InlineData("", "the selector is empty")]
    [InlineData("app=a,", "the selector has an empty requirement (a comma too many)")]
    [InlineData("app=a b", "\"a b\" in \"app=a b\" is not a label value")]
    [InlineData("-app=a", "\"-app\" in \"-app=a\" is not a label key")]
    [InlineData("tier in ()", "\"tier in ()\" lists an empty value")]
    public void Should_name_the_bad_part_When_the_selector_is_invalid(string text, string expected)
    {
        Assert.False(SelectorText.TryParse(text, out _, out var problem));
        Assert.Equal(expected, problem);
    }
}
