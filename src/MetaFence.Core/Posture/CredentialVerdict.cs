namespace MetaFence.Core.Posture;

/// <summary>A joined verdict with the reason in one sentence and the documentation it rests on.</summary>
public sealed record CredentialVerdict(CredentialAccess Access, string Reason, string Source)
{
    public bool IsExposed => Access == CredentialAccess.Exposed;
}
