using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MetaFence.Imds.Emulator;

/// <summary>
/// Issued IMDSv2 session tokens and when each expires (on the emulator's clock). Expired tokens
/// are dropped when new ones are issued; at most <see cref="Capacity"/> live at once.
/// </summary>
internal sealed class SessionTokens(TimeProvider time)
{
    public const int Capacity = 10_000;

    /// <summary>Every token starts so, to be recognisable as the emulator's in logs and captures.</summary>
    public const string Prefix = "METAFENCE-FAKE-IMDSV2-";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiry = new(StringComparer.Ordinal);

    public string Issue(TimeSpan ttl)
    {
        var now = time.GetUtcNow();
        foreach (var (token, expiry) in _expiry)
        {
            if (expiry <= now)
            {
                _expiry.TryRemove(token, out _);
            }
        }

        if (_expiry.Count >= Capacity)
        {
            _expiry.Clear();
        }

        var issued = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        _expiry[issued] = now + ttl;
        return issued;
    }

    public bool IsValid(string token) => _expiry.TryGetValue(token, out var expiry) && time.GetUtcNow() < expiry;
}
