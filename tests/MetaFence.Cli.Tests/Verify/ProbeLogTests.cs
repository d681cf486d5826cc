using MetaFence.Cli.Verify;
using MetaFence.Core.Verify;

namespace MetaFence.Cli.Tests.Verify;

public sealed class ProbeLogTests
{
    /// <summary>The probe's outcome words (docs/commands/probe.md) as verify's three answers.</summary>
    [Theory]
    [InlineData("reachable", CheckPurpose.CredentialEndpoint, Observation.Reachable)]
    [InlineData("blocked", CheckPurpose.CredentialEndpoint, Observation.Blocked)]
    [InlineData("timeout", CheckPurpose.CredentialEndpoint, Observation.Blocked)]
    [InlineData("refused", CheckPurpose.Egress, Observation.Blocked)]
    [InlineData("error", CheckPurpose.CredentialEndpoint, Observation.ProbeFailed)]
    [InlineData("error", CheckPurpose.Dns, Observation.Blocked)] // curl cannot tell a silent resolver from an absent name
    [InlineData("nonsense", CheckPurpose.Egress, Observation.ProbeFailed)]
    public void Should_map_the_outcome_word_When_reading_a_line(string outcome, CheckPurpose purpose, Observation expected)
    {
        Assert.Equal(expected, ProbeLog.Observe(new VerifyCheck("c", "e", "a", 1, purpose), outcome));
    }

    [Fact]
    public void Should_skip_lines_that_are_not_probe_json_When_parsing_a_log()
    {
        var lines = ProbeLog.Parse("probe: starting\n{\"check\":\"dns\",\"endpoint\":\"dns\",\"address\":\"k\",\"port\":53,\"outcome\":\"reachable\",\"detail\":\"10.0.0.10\",\"ms\":3}\n{broken\n");

        var (outcome, detail) = Assert.Single(lines).Value;
        Assert.Equal(("reachable", "10.0.0.10"), (outcome, detail));
    }
}
