using MetaFence.Core.Cloud.Gcp;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Tests.Cloud;

/// <summary>GKE node credentials: the service account's roles capped by the OAuth scopes.</summary>
public sealed class GcpScopesTests
{
    private const string Custom = "gke-nodes@shop-prod-4711.iam.gserviceaccount.com";

    [Fact]
    public void Should_grant_everything_the_default_account_can_do_When_it_has_cloud_platform()
    {
        // Compute Engine docs: the default service account gets Editor unless the org policy disables it;
        // cloud-platform gives access to all APIs the account's roles allow.
        var grant = GcpScopes.Grant("default", [GcpScopes.CloudPlatform]);

        Assert.True(grant.CloudPlatform && grant.IsDefaultComputeAccount);
        Assert.Equal(Severity.Critical, grant.Severity);
        Assert.Equal("everything the default compute service account can do: Editor on the project by default", grant.Summary);
        Assert.Contains(grant.Notes, n => n.Contains("iam.automaticIamGrantsForDefaultServiceAccounts", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_grant_the_accounts_roles_When_a_custom_account_has_cloud_platform()
    {
        var grant = GcpScopes.Grant(Custom, ["cloud-platform"]);

        Assert.Equal((Severity.High, false), (grant.Severity, grant.IsDefaultComputeAccount));
        Assert.Equal($"everything {Custom}'s IAM roles allow (cloud-platform scope)", grant.Summary);
    }

    [Fact]
    public void Should_expand_gke_default_to_its_six_scopes_When_reading_the_alias()
    {
        // gcloud container node-pools create --scopes: gke-default.
        var grant = GcpScopes.Grant(Custom, ["gke-default"]);

        Assert.Equal(GcpScopes.GkeDefault.Order(StringComparer.Ordinal), grant.Scopes.Select(s => s.Uri));
        Assert.False(grant.CloudPlatform);
        Assert.Equal(Severity.Medium, grant.Severity);
    }

    [Theory]
    [InlineData("https://www.googleapis.com/auth/devstorage.read_only", "storage-ro")]
    [InlineData("https://www.googleapis.com/auth/logging.write", "logging-write")]
    [InlineData("https://www.googleapis.com/auth/monitoring", "monitoring")]
    [InlineData("https://www.googleapis.com/auth/compute", "compute-rw")]
    public void Should_know_the_gcloud_alias_When_given_a_well_known_scope(string uri, string alias)
    {
        Assert.Equal(alias, GcpScopes.Find(uri)?.Alias);
        Assert.Equal(uri, GcpScopes.Find(alias)?.Uri);
    }

    [Fact]
    public void Should_keep_an_unknown_scope_and_say_so_When_it_is_not_in_the_list()
    {
        var grant = GcpScopes.Grant(Custom, ["https://www.googleapis.com/auth/example.unknown"]);

        Assert.Equal("unknown scope: what it allows is not in MetaFence's list", Assert.Single(grant.Scopes).Allows);
    }
}
