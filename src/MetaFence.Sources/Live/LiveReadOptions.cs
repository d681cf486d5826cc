namespace MetaFence.Sources.Live;

/// <summary>How the live reader lists: page size, how many lists run at once, progress, and how it waits before a retry.</summary>
public sealed record LiveReadOptions
{
    /// <summary>The <c>limit</c> of each list request (kubectl uses 500).</summary>
    public int PageSize { get; init; } = 500;

    /// <summary>How many resources are listed at the same time.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>Told about every page read and every resource finished (called from several threads).</summary>
    public Action<LiveProgress>? Progress { get; init; }

    /// <summary>Waits before a retry after 429 or 5xx (tests pass one that returns at once).</summary>
    public Func<TimeSpan, CancellationToken, Task> Wait { get; init; } = Task.Delay;
}
