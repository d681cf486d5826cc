using MetaFence.Core.Selectors;
using MetaFence.Testing.World;
using Xunit.Sdk;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>The table helpers the semantic tests rely on: failure matrices, selector and port text.</summary>
public sealed class TruthTableTests
{
    [Fact]
    public void Should_print_expected_actual_and_diff_matrices_When_a_cell_differs()
    {
        var expected = TruthTable.AllReachable(["x/a", "y/b"], ["x/a", "y/b", "169.254.169.254"]).Block("x/a", "169.254.169.254");

        var failure = Assert.Throws<XunitException>(() => expected.Verify((from, to) => to != "y/b", "x/deny"));

        Assert.Equal(
            """
            x/deny
            expected  x/a  y/b  169.254.169.254
            x/a       .    .    X
            y/b       .    .    .

            actual  x/a  y/b  169.254.169.254
            x/a     .    X    .
            y/b     .    X    .

            diff (3 wrong)  x/a  y/b  169.254.169.254
            x/a             .    X    X
            y/b             .    X    .

            """.ReplaceLineEndings("\n"),
            failure.Message.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Should_pass_When_every_cell_matches()
    {
        TruthTable.AllBlocked(["x/a"], ["x/a", "y/b"]).Allow("x/a", "y/b").Verify((_, to) => to == "y/b");
    }

    [Theory]
    [InlineData("", "{}")]
    [InlineData("app=a", "app=a")]
    [InlineData("app!=a", "app notin (a)")]
    [InlineData("app in (a, b),tier notin (db),env,!legacy", "app in (a,b),tier notin (db),env,!legacy")]
    public void Should_read_kubectl_selector_syntax_When_a_row_names_a_selector(string text, string expected)
    {
        Assert.Equal(expected, Sel.Parse(text).ToString());
    }

    [Fact]
    public void Should_treat_NotIn_like_the_API_When_the_key_is_absent()
    {
        // SEMANTICS 18, checked on the parsed form the rows use.
        Assert.True(Sel.Parse("env notin (prod)").Matches(Labels.Parse("app=a")));
        Assert.Equal(SelectorOperator.DoesNotExist, Sel.Parse("!env").Requirements[0].Operator);
    }

    [Theory]
    [InlineData("53", "53/TCP")]
    [InlineData("53/UDP", "53/UDP")]
    [InlineData("*/SCTP", "*/SCTP")]
    [InlineData("8000-9000", "8000-9000/TCP")]
    [InlineData("dns/UDP", "dns/UDP")]
    public void Should_default_the_protocol_to_TCP_When_a_port_entry_names_none(string text, string expected)
    {
        Assert.Equal(expected, Ports.ParseOne(text).ToString());
    }
}
