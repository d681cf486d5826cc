namespace MetaFence.Testing.FakeApi;

/// <summary>
/// Scripted failures: the first matching fault answers instead of the server, <c>times</c> times, with a
/// <c>Status</c> body carrying the reason the real server pairs with the code (429 TooManyRequests with
/// <c>Retry-After</c>, 500 InternalError, …). <see cref="Unreachable"/> makes every request lose its connection.
/// </summary>
public sealed class FakeFaults
{
    private readonly Lock _gate = new();
    private readonly List<Fault> _faults = [];

    /// <summary>While true the server aborts every connection before answering, as an unreachable server would look.</summary>
    public bool Unreachable { get; set; }

    public void Add(Func<RecordedRequest, bool> match, int statusCode, int times = 1, TimeSpan? retryAfter = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        lock (_gate)
        {
            _faults.Add(new Fault(match, statusCode, retryAfter, message) { Remaining = times });
        }
    }

    /// <summary>Faults not yet used up.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _faults.Sum(f => f.Remaining);
            }
        }
    }

    internal (int Code, TimeSpan? RetryAfter, string? Message)? Take(RecordedRequest request)
    {
        lock (_gate)
        {
            var fault = _faults.Find(f => f.Remaining > 0 && f.Match(request));
            if (fault is null)
            {
                return null;
            }

            fault.Remaining--;
            return (fault.Code, fault.RetryAfter, fault.Message);
        }
    }

    private sealed record Fault(Func<RecordedRequest, bool> Match, int Code, TimeSpan? RetryAfter, string? Message)
    {
        public int Remaining { get; set; }
    }
}
