namespace MetaFence.Sources.Files;

/// <summary>
/// Holds back what reading a streamed input does (objects added to the snapshot, diagnostics)
/// until the input has been read to its end: a JSON file found to be binary halfway loads
/// nothing, as if it had been checked whole first, and a top-level object whose items were read
/// under the wrong assumption is undone and read again. Outside a recording effects run at once.
/// </summary>
internal sealed class LoadJournal
{
    private readonly List<Action> _pending = [];

    public bool IsRecording { get; private set; }

    /// <summary>A place to roll back to.</summary>
    public int Mark => _pending.Count;

    public void Begin() => IsRecording = true;

    /// <summary>Runs <paramref name="effect"/> now, or at <see cref="Commit"/> when recording.</summary>
    public void Run(Action effect)
    {
        if (IsRecording)
        {
            _pending.Add(effect);
        }
        else
        {
            effect();
        }
    }

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
