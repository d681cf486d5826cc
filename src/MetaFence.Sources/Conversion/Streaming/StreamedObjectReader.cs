using System.Text.Json;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>
/// Converts the list items of the kinds a cluster dump is made of (<see cref="StreamedKind"/>) as
/// they stream past, keeping only what the engine uses, and adds them to the snapshot. Every other
/// item, and any item with something unexpected in it, is left to be read as a document through
/// the client models, so its diagnostics are exactly theirs.
/// </summary>
internal sealed partial class StreamedObjectReader
{
    private readonly string _defaultNamespace;
    private readonly SnapshotAccumulator _snapshot;
    private readonly LabelSetPool _labelSets = new();
    private readonly ObjectCapture _capture;
    private readonly ValueCheck _check;

    public StreamedObjectReader(string defaultNamespace, SnapshotAccumulator snapshot)
    {
        var strings = new StringPool();
        (_defaultNamespace, _snapshot, _capture, _check) = (defaultNamespace, snapshot, new ObjectCapture(strings), new ValueCheck(strings));
    }

    /// <summary>A reader of its own (pools are not shared between threads) adding to the same snapshot.</summary>
    public StreamedObjectReader Fork() => new(_defaultNamespace, _snapshot);

    /// <summary>
    /// Reads the item whose <c>{</c> <paramref name="reader"/> is on. On <see cref="StreamedRead.Read"/>
    /// the reader is past it and <paramref name="leansOnHint"/> says whether it lacked its own
    /// kind or apiVersion; otherwise the caller's copy of the reader is still at the item's start.
    /// </summary>
    public StreamedRead TryRead(ref Utf8JsonReader reader, ListItemHint? hint, StreamedSite site, out bool leansOnHint)
    {
        leansOnHint = false;
        if (ChooseKind(reader, hint, out var incomplete) is not { } kind)
        {
            return incomplete ? StreamedRead.Incomplete : StreamedRead.AsDocument;
        }

        _capture.Reset(kind);
        var status = SchemaWalker.Walk(ref reader, kind.Schema, _capture, _check);
        if (status == WalkStatus.Ok)
        {
            leansOnHint = !_capture.HasApiVersion || !_capture.HasKind;
            status = Resolve(kind, hint);
        }

        if (status == WalkStatus.Ok && Identity(kind) is { } id)
        {
            Add(kind, id, site);
            return StreamedRead.Read;
        }

        return status == WalkStatus.Incomplete ? StreamedRead.Incomplete : StreamedRead.AsDocument;
    }

    /// <summary>
    /// The kind, from a <c>kind</c> among the item's first two fields (kubectl writes apiVersion
    /// and kind first) or else from the list's hint; the walk then checks it against the whole item.
    /// </summary>
    private static StreamedKind? ChooseKind(Utf8JsonReader peek, ListItemHint? hint, out bool incomplete)
    {
        incomplete = false;
        for (var field = 0; field < 2; field++)
        {
            if (!peek.Read())
            {
                incomplete = true;
                return null;
            }

            var isKind = peek.TokenType == JsonTokenType.PropertyName && peek.ValueTextEquals("kind"u8);
            if (!isKind && (peek.TokenType != JsonTokenType.PropertyName || !peek.ValueTextEquals("apiVersion"u8)))
            {
                break;
            }

            if (!peek.Read())
            {
                incomplete = true;
                return null;
            }

            if (isKind && peek.TokenType == JsonTokenType.String && peek.ValueSpan.Length > 0 && !peek.ValueIsEscaped)
            {
                return StreamedKind.Named(peek.ValueSpan);
            }
        }

        return hint is null ? null : StreamedKind.Named(hint.Kind);
    }

    /// <summary>As <see cref="TypeFields"/> reads them: a missing kind or apiVersion comes from a typed list's hint.</summary>
    private WalkStatus Resolve(StreamedKind kind, ListItemHint? hint)
    {
        if (_capture.HasApiVersion && _capture.HasKind)
        {
            return WalkStatus.Ok;
        }

        if (hint is null)
        {
            return WalkStatus.Unexpected;
        }

        return (_capture.HasKind || hint.Kind == kind.Name) && (_capture.HasApiVersion || KindCatalog.GroupOf(hint.ApiVersion) == kind.Group)
            ? WalkStatus.Ok
            : WalkStatus.OtherKind;
    }

    private ObjectIdentity? Identity(StreamedKind kind) =>
        ObjectIdentity.Of(kind.Name, _capture.Name, _capture.GenerateName, _capture.Namespace,
            kind.Kind == KnownKind.Namespace ? null : _defaultNamespace);
}
