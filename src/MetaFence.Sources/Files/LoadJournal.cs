namespace MetaFence.Sources.Files;

/// <summary>
/// Holds back what reading a streamed input does (objects added to the snapshot, diagnostics)
/// until the input has been read to its end: a JSON file found to be binary halfway loads
/// nothing, as if it had been checked whole first, and a top-level object whose items were read
/// under the wrong assumption is undone and read again. Outside a recording effects run at once.
/// </summary>
internal sealed class LoadJournal
{
    // A second thread reading part of a list records into its own journal (see JsonListSplit).
    [ThreadStatic]
    private static LoadJournal? t_side;

    private readonly List<Action> _pending = [];

    public bool IsRecording { get; private set; }

    /// <summary>A place to roll back to.</summary>
    public int Mark => _pending.Count;

    public void Begin() => IsRecording = true;

    /// <summary>Runs <paramref name="effect"/> now, or at <see cref="Commit"/> when recording.</summary>
    public void Run(Action effect)
    {
        var target = t_side ?? this;
        if (target.IsRecording)
        {
            target._pending.Add(effect);
        }
        else
        {
            effect();
        }
    }

    /// <summary>Sends what this thread runs through any journal to <paramref name="side"/> (null: stops).</summary>
    public static void RedirectThread(LoadJournal? side) => t_side = side;

    /// <summary>Records the effects <paramref name="other"/> recorded, after this one's.</summary>
    public void Append(LoadJournal other) => _pending.AddRange(other._pending);

    /// <summary>Forgets the effects recorded since <paramref name="mark"/>.</summary>
    public void RollBack(int mark) => _pending.RemoveRange(mark, _pending.Count - mark);

    /// <summary>Stops recording and runs the recorded effects in order.</summary>
    public void Commit()
    {
        IsRecording = false;
        foreach (var effect in _pending)
        {
            effect();
        }

        _pending.Clear();
    }

    /// <summary>Stops recording and forgets the recorded effects.</summary>
    public void Discard()
    {
        IsRecording = false;
        _pending.Clear();
    }
}
