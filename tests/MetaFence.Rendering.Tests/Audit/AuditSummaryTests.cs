using MetaFence.Rendering.Audit;
using MetaFence.Rendering.Tests.Fixtures;

namespace MetaFence.Rendering.Tests.Audit;

public sealed class AuditSummaryTests
{
    [Fact]
    public void Should_count_subjects_pods_templates_and_reaching_subjects()
    {
        var summary = AuditSummary.From(SampleReport.Create());

        Assert.Equal((3, 5, 7, 1, 4, 5), (summary.Namespaces, summary.Subjects, summary.Pods, summary.Templates, summary.Reaching, summary.FindingTotal));
    }

    [Fact]
    public void Should_use_singular_nouns_and_say_none_When_counts_are_one_and_zero()
    {
        var report = SampleReport.Create();
        report = report with { Subjects = [report.Subjects[1]], Findings = [] };

        Assert.Equal(
            "1 namespace, 1 subject (1 pod): 0 can reach a credential endpoint; findings: none",
            AuditSummary.From(report).ToString());
    }
}
