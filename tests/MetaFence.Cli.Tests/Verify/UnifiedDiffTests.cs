using MetaFence.Cli.Apply;

namespace MetaFence.Cli.Tests.Verify;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Should_be_empty_When_the_texts_are_equal()
    {
        Assert.Equal(string.Empty, UnifiedDiff.Of("a\nb\n", "a\nb\n", "x", "y"));
    }

    [Fact]
    public void Should_show_removals_before_additions_with_context_When_a_line_changes()
    {
        var diff = UnifiedDiff.Of("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n", "live/x", "metafence/x");

        Assert.Equal("--- live/x\n+++ metafence/x\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", diff);
    }

    [Fact]
    public void Should_diff_against_nothing_When_the_object_is_new()
    {
        Assert.Equal("--- /dev/null\n+++ b\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.Of(string.Empty, "a\nb\n", "/dev/null", "b"));
    }
}
