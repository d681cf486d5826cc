using MetaFence.Core.Findings;
using MetaFence.Core.Verify;

namespace MetaFence.Core.Tests.Verify;

public sealed class VerifyFindingsTests
{
    /// <summary>One check's answer and the findings it must raise (source: docs/commands/verify.md, "Findings").</summary>
    public sealed record Row(CheckPurpose Purpose, Observation Observed, Prediction Predicted, string Expected, string Source)
    {
        public override string ToString() => $"{Purpose} observed {Observed} predicted {Predicted}";
    }

    public static readonly TheoryData<Row> Rows =
    [
        new(CheckPurpose.CredentialEndpoint, Observation.Blocked, Prediction.Blocked, "", "agreement, as wanted: nothing"),
        new(CheckPurpose.CredentialEndpoint, Observation.Reachable, Prediction.Blocked, "MF101 critical, MF102 high", "reachable and not enforced"),
        new(CheckPurpose.CredentialEndpoint, Observation.Reachable, Prediction.Reachable, "MF101 critical", "reachable as predicted: no disagreement"),
        new(CheckPurpose.CredentialEndpoint, Observation.Blocked, Prediction.Reachable, "MF102 low", "blocked by something the engine does not see"),
        new(CheckPurpose.CredentialEndpoint, Observation.ProbeFailed, Prediction.Blocked, "MF104 medium", "a failed probe disagrees with nothing"),
        new(CheckPurpose.Dns, Observation.Reachable, Prediction.Reachable, "", "DNS works as predicted"),
        new(CheckPurpose.Dns, Observation.Blocked, Prediction.Reachable, "MF102 low, MF103 medium", "DNS broken, engine predicted it works"),
        new(CheckPurpose.Egress, Observation.Blocked, Prediction.Unknown, "MF103 medium", "an unknown prediction disagrees with nothing"),
        new(CheckPurpose.Egress, Observation.Reachable, Prediction.Unknown, "", "egress works"),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_raise_the_findings_of_the_table_When_a_check_ends_so(Row row)
    {
        var check = new VerifyCheck("check", "endpoint", "169.254.169.254", 80, row.Purpose);
        var result = new CheckResult { Namespace = "shop", Check = check, Observation = row.Observed, Outcome = "x", Predicted = row.Predicted };

        var findings = VerifyFindings.From([result], new Dictionary<string, string> { ["shop"] = "probe" });

        Assert.Equal(row.Expected, string.Join(", ", findings.OrderBy(f => f.RuleId, StringComparer.Ordinal).ThenByDescending(f => f.Severity)
            .Select(f => $"{f.RuleId} {f.Severity.ToString().ToLowerInvariant()}")));
        Assert.All(findings, f => Assert.Equal("shop", f.Namespace));
    }

    [Fact]
    public void Should_raise_one_finding_per_namespace_and_rule_When_many_checks_reach()
    {
        var results = new[] { "169.254.169.254", "fd00:ec2::254" }.Select(address => new CheckResult
        {
            Namespace = "shop",
            Check = new VerifyCheck("imdsv1-credentials", "aws-imds", address, 80, CheckPurpose.CredentialEndpoint),
            Observation = Observation.Reachable,
            Outcome = "reachable",
            Detail = "credentials: HTTP 200",
            Predicted = Prediction.Reachable,
        });

        var finding = Assert.Single(VerifyFindings.From(results, new Dictionary<string, string> { ["shop"] = "probe" }));

        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal("In shop, a probe pod reached credential endpoints an attacker would use: 169.254.169.254:80: imdsv1-credentials reachable "
            + "(credentials: HTTP 200), predicted reachable; [fd00:ec2::254]:80: imdsv1-credentials reachable (credentials: HTTP 200), predicted reachable.", finding.Message);
    }
}
