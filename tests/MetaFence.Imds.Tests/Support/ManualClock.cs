namespace MetaFence.Imds.Tests.Support;

/// <summary>A clock that moves only when told: token expiry and timestamps without waiting.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 30, 15, TimeSpan.Zero);

    private DateTimeOffset _now = start;

    public ManualClock()
        : this(Start)
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
