using System.Collections.Immutable;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Cloud.Gcp;

/// <summary>
/// What a GKE node's credentials grant: the service account, its scopes read one by one, and
/// whether <c>cloud-platform</c> hands over everything the account can do. The Compute Engine
/// default service account is granted Editor on the project unless the organization disabled
/// that (https://cloud.google.com/compute/docs/access/service-accounts#default_service_account).
/// </summary>
public sealed record GcpServiceAccountGrant
{
    public const string DefaultAccountDocs = "https://cloud.google.com/compute/docs/access/service-accounts#default_service_account";
    public const string LeastPrivilegeDocs = "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#use_least_privilege_sa";

    public required string ServiceAccount { get; init; }

    public bool IsDefaultComputeAccount { get; init; }

    /// <summary>The token's scopes, known ones described, unknown ones kept with "unknown scope".</summary>
    public ImmutableArray<GcpScope> Scopes { get; init; } = [];

    /// <summary><c>cloud-platform</c> is among the scopes: the token can do everything the account's IAM roles allow.</summary>
    public bool CloudPlatform { get; init; }

    /// <summary>One sentence for people: what a stolen token reaches.</summary>
    public required string Summary { get; init; }

    public required Severity Severity { get; init; }

    public ImmutableArray<string> Notes { get; init; } = [];

    internal static GcpServiceAccountGrant For(string serviceAccount, IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var account = string.IsNullOrEmpty(serviceAccount) ? "default" : serviceAccount;
        var isDefault = account == "default" || account.EndsWith("-compute@developer.gserviceaccount.com", StringComparison.Ordinal);
        var read = scopes
            .SelectMany(s => s == "gke-default" || s == "default" ? GcpScopes.GkeDefault.AsEnumerable() : [s])
            .Distinct(StringComparer.Ordinal)
            .Select(s => GcpScopes.Find(s) ?? new GcpScope(s, "", "unknown scope: what it allows is not in MetaFence's list", Severity.Medium))
            .OrderBy(s => s.Uri, StringComparer.Ordinal)
            .ToImmutableArray();
        var cloudPlatform = read.Any(s => s.Uri == GcpScopes.CloudPlatform);
        var notes = new List<string> { $"scopes only narrow the account's IAM roles, never widen them: {GcpScopes.ScopesDocs}" };
        if (isDefault)
        {
            notes.Add($"the Compute Engine default service account has the Editor role on the project unless the organization policy "
                + $"iam.automaticIamGrantsForDefaultServiceAccounts disabled it: {DefaultAccountDocs}; use a least-privilege account: {LeastPrivilegeDocs}");
        }

        var (summary, severity) = (cloudPlatform, isDefault) switch
        {
            (true, true) => ("everything the default compute service account can do: Editor on the project by default", Severity.Critical),
            (true, false) => ($"everything {account}'s IAM roles allow (cloud-platform scope)", Severity.High),
            _ => ($"only what the scopes allow, within {account}'s IAM roles", read.Length == 0 ? Severity.Info : read.Max(s => s.Severity)),
        };
        return new GcpServiceAccountGrant
        {
            ServiceAccount = account,
            IsDefaultComputeAccount = isDefault,
            Scopes = read,
            CloudPlatform = cloudPlatform,
            Summary = summary,
            Severity = severity,
            Notes = [.. notes],
        };
    }
}
