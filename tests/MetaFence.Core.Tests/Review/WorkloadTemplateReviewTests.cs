using MetaFence.Testing.Loading;
using static MetaFence.Core.Tests.Review.ReviewWorld;

namespace MetaFence.Core.Tests.Review;

/// <summary>
/// Pod templates stand in for pods not yet created (DESIGN "Workloads count through their pod
/// templates"). Real pods carry labels their controller adds; policies select on them.
/// </summary>
public sealed class WorkloadTemplateReviewTests
{
    [Fact]
    public void Should_select_the_job_template_like_its_pods_When_a_policy_selects_the_job_name_label()
    {
        // SEMANTICS 1, 2, 7: the Job controller labels every pod batch.kubernetes.io/job-name=<job>
        // (and job-name=<job>), so "open" selects the real pods and re-allows everything
        // (union, rule 7). The template lacks the label: MetaFence says blocked, the pods are not.
        var snapshot = Yaml.Load(Join("""
            apiVersion: batch/v1
            kind: Job
            metadata: {name: export, namespace: app}
            spec:
              template:
                metadata: {labels: {app: export}}
                spec: {restartPolicy: Never, containers: [{name: c, image: i}]}
            """, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: fence, namespace: app}
            spec:
              podSelector: {}
              policyTypes: [Egress]
              egress:
              - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}}]
            """, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: batch-open, namespace: app}
            spec:
              podSelector: {matchExpressions: [{key: batch.kubernetes.io/job-name, operator: Exists}]}
              policyTypes: [Egress]
              egress: [{}]
            """));

        var verdict = Evaluate(snapshot, "export", "169.254.169.254");

        Assert.True(verdict.Allowed);
    }
}
