using System.Collections.Immutable;
using MetaFence.Core.Verify;
using MetaFence.Imds.Probe;

namespace MetaFence.Cli.Verify;

/// <summary>
/// The checks every probe pod makes and the script that makes them: <c>metafence probe</c>'s own
/// check list (<see cref="ProbePlan"/>) and its sh + curl rendering (<see cref="ProbeScript"/>), so
/// the pod needs only an image with sh and curl.
/// </summary>
internal sealed record VerifyChecks(ImmutableArray<VerifyCheck> Checks, string Script)
{
    public static VerifyChecks Build(ProbeSettings settings, out ImmutableArray<string> problems)
    {
        var checks = ProbePlan.Build(settings, out problems);
        return new VerifyChecks([.. checks.Select(Of)], ProbeScript.Render(checks, settings.Timeout));
    }

    private static VerifyCheck Of(ProbeCheck check) => new(check.Name, check.Endpoint, check.Address, check.Port, check.Kind switch
    {
        CheckKind.Dns => CheckPurpose.Dns,
        CheckKind.Egress => CheckPurpose.Egress,
        _ => CheckPurpose.CredentialEndpoint,
    });
}
