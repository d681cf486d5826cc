using MetaFence.Cli.Input;

namespace MetaFence.Cli.Tests.Input;

public sealed class NameSuggestionsTests
{
    [Theory]
    [InlineData("web", "web", 0)]
    [InlineData("web", "wbe", 1)]
    [InlineData("web", "db", 2)]
    [InlineData("x/web", "y/web", 1)]
    [InlineData("", "abc", 3)]
    public void Should_count_edits(string a, string b, int distance)
    {
        Assert.Equal(distance, NameSuggestions.Distance(a, b));
    }

    [Fact]
    public void Should_offer_at_most_five_names_closest_first()
    {
        string[] known = ["x/web-6", "x/web-5", "x/web-4", "x/web-3", "x/web-2", "x/web-1", "x/db", "y/web-1"];

        Assert.Equal(["x/web-1", "x/web-2", "x/web-3", "x/web-4", "x/web-5"], NameSuggestions.Closest("x/web", known));
    }

    [Fact]
    public void Should_offer_the_same_name_in_other_namespaces_but_not_unrelated_names()
    {
        string[] known = ["y/web", "z/api", "x/db"];

        Assert.Equal(["y/web"], NameSuggestions.Closest("x/web", known));
    }
}
