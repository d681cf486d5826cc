using MetaFence.Rendering.Report;

namespace MetaFence.Rendering.Tests.Report;

public sealed class ReportAnchorTests
{
    public static TheoryData<AnchorRow> Rows() =>
    [
        new AnchorRow(["subject", "shop", "Deployment", "web"], "subject-shop-deployment-web"),
        new AnchorRow(["finding", "MF001 CronJob analytics/nightly-report"], "finding-mf001-cronjob-analytics-nightly-report"),
        new AnchorRow(["<script>", "a|b", "--x--"], "script-a-b-x"),
        new AnchorRow(["ünïcode"], "n-code"),
        new AnchorRow(["", "a"], "a"),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_make_a_safe_anchor_When_given_any_text(AnchorRow row)
    {
        Assert.Equal(row.Expected, ReportAnchor.From([.. row.Parts]));
    }

    /// <summary>Parts joined with <c>-</c>; lower-case ASCII letters and digits kept, runs of the rest one <c>-</c>.</summary>
    public sealed record AnchorRow(string[] Parts, string Expected);
}
