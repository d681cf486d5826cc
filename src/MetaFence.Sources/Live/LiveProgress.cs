namespace MetaFence.Sources.Live;

/// <summary>Where the listing of one resource stands: items read so far and its state.</summary>
public sealed record LiveProgress(LiveResource Resource, int Items, LiveProgressState State);
