using MetaFence.Cli.Input;
using MetaFence.Core.Findings;

namespace MetaFence.Cli.Tests.Input;

public sealed class ProviderSelectionTests
{
    [Theory]
    [InlineData("")]
    [InlineData("all")]
    [InlineData("ALL")]
    [InlineData("aws all")]
    public void Should_choose_every_provider_When_none_or_all_is_given(string values)
    {
        Assert.True(ProviderSelection.TryParse(values.Split(' ', StringSplitOptions.RemoveEmptyEntries), out var providers, out _));

        Assert.Empty(providers);
    }

    [Fact]
    public void Should_name_every_unknown_provider()
    {
        Assert.False(ProviderSelection.TryParse(["nope,zilch", "nope"], out _, out var problem));

        Assert.Equal("unknown providers \"nope\", \"zilch\"", problem);
    }

    [Theory]
    [InlineData("critical", Severity.Critical, true)]
    [InlineData("high", Severity.Critical, true)]
    [InlineData("high", Severity.High, true)]
    [InlineData("high", Severity.Medium, false)]
    [InlineData("info", Severity.Info, true)]
    [InlineData("none", Severity.Critical, false)]
    public void Should_fail_on_findings_at_or_above_the_threshold(string threshold, Severity severity, bool reached)
    {
        var finding = new Finding { RuleId = "MF001", Title = "t", Severity = severity, Message = "m" };

        Assert.Equal(reached, FailOn.IsReached([finding], threshold));
    }
}
