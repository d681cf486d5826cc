using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>
/// The values kept from one streamed object, exactly as the conversions read them from the models:
/// identity, labels, controller, replicas, the pod spec's ports, the status's phase and addresses.
/// Anything the conversions would warn about makes the walk <see cref="WalkStatus.Unexpected"/>, so
/// that the object is read through the models and the warning is worded as always.
/// </summary>
internal sealed partial class ObjectCapture(StringPool strings)
{
    private readonly List<ContainerPort> _containerPorts = [];
    private readonly List<ContainerPort> _initPorts = [];
    private readonly List<IpAddress> _listedIps = [];
    private StreamedKind _expected = StreamedKind.Pod;
    private string? _labelKey;
    private (string? Kind, string? Name, bool IsController) _owner;
    private List<ContainerPort> _ports = [];
    private (string? Name, int Number, Protocol Protocol) _port;
    private IpAddress? _podIp;
    private readonly List<string> _images = [];
    private readonly List<string> _initImages = [];
    private List<string> _imageList = [];
    private ImmutableArray<string> _lastImages = [];
    private bool _osKey;

    public bool HasApiVersion { get; private set; }

    public bool HasKind { get; private set; }

    public string? Name { get; private set; }

    public string? GenerateName { get; private set; }

    public string? Namespace { get; private set; }

    /// <summary>The labels in document order; a null value is the empty string.</summary>
    public List<KeyValuePair<string, string>> Labels { get; } = [];

    /// <summary>The <c>pod-template-hash</c> label as the models hold it (null for a null value).</summary>
    public string? TemplateHash { get; private set; }

    public (string Kind, string Name)? Controller { get; private set; }

    public int? Replicas { get; private set; }

    /// <summary>Where the pod template's field name starts (a reader offset), or -1 without a template.</summary>
    public long TemplateAt { get; private set; }

    public bool HostNetwork { get; private set; }

    public string? NodeName { get; private set; }

    public PodPhase Phase { get; private set; }

    /// <summary>The <c>kubernetes.io/os</c> value of the pod spec's <c>nodeSelector</c>.</summary>
    public string? OsSelector { get; private set; }

    /// <summary>Starts over for an object expected to be of <paramref name="expected"/> kind.</summary>
    public void Reset(StreamedKind expected)
    {
        _expected = expected;
        (HasApiVersion, HasKind, Name, GenerateName, Namespace, TemplateHash, Controller) = (false, false, null, null, null, null, null);
        (Replicas, TemplateAt, HostNetwork, NodeName, Phase, _podIp, _ports) = (null, -1, false, null, PodPhase.Pending, null, _containerPorts);
        (OsSelector, _imageList, _osKey) = (null, _images, false);
        Labels.Clear();
        _images.Clear();
        _initImages.Clear();
        _containerPorts.Clear();
        _initPorts.Clear();
        _listedIps.Clear();
    }

    /// <summary>Containers' ports first, then init containers' (as <see cref="ContainerPorts.Of"/> lists them).</summary>
    public ImmutableArray<ContainerPort> Ports() => [.. CollectionsMarshal.AsSpan(_containerPorts), .. CollectionsMarshal.AsSpan(_initPorts)];

    /// <summary>
    /// Containers' images, then init containers' (as <see cref="PodConverter.ImagesOf"/>); the
    /// previous object's array when equal, so adjacent replicas share one (memory: 150k pods).
    /// </summary>
    public ImmutableArray<string> Images()
    {
        var count = _images.Count + _initImages.Count;
        if (count == 0)
        {
            return [];
        }

        if (_lastImages.Length != count || !_lastImages.AsSpan(0, _images.Count).SequenceEqual(CollectionsMarshal.AsSpan(_images))
            || !_lastImages.AsSpan()[_images.Count..].SequenceEqual(CollectionsMarshal.AsSpan(_initImages)))
        {
            _lastImages = [.. CollectionsMarshal.AsSpan(_images), .. CollectionsMarshal.AsSpan(_initImages)];
        }

        return _lastImages;
    }

    /// <summary>The addresses in <c>status.podIPs</c>, then <c>status.podIP</c>, without repeats.</summary>
    public ImmutableArray<IpAddress> Ips()
    {
        if (_podIp is { } ip && !_listedIps.Contains(ip))
        {
            _listedIps.Add(ip);
        }

        return [.. CollectionsMarshal.AsSpan(_listedIps)];
    }

    public void Enter(CapturedField field, long nameStart)
    {
        switch (field)
        {
            case CapturedField.Owner:
                _owner = default;
                break;
            case CapturedField.Containers or CapturedField.InitContainers:
                _ports = field == CapturedField.Containers ? _containerPorts : _initPorts;
                _imageList = field == CapturedField.Containers ? _images : _initImages;
                break;
            case CapturedField.Port:
                _port = (null, 0, Protocol.TCP);
                break;
            case CapturedField.Template:
                TemplateAt = nameStart;
                break;
        }
    }

    public WalkStatus Exit(CapturedField field)
    {
        if (field == CapturedField.Owner && Controller is null && PodConverter.IsController(_owner.IsController, _owner.Kind, _owner.Name))
        {
            Controller = (_owner.Kind ?? "", _owner.Name ?? "");
        }
        else if (field == CapturedField.Port)
        {
            // ContainerPorts.Of warns about a port out of range (or missing, hence 0).
            if (_port.Number is < 1 or > 65535)
            {
                return WalkStatus.Unexpected;
            }

            _ports.Add(new ContainerPort(string.IsNullOrEmpty(_port.Name) ? null : _port.Name, _port.Number, _port.Protocol));
        }

        return WalkStatus.Ok;
    }

    public void Key(CapturedField field, ref Utf8JsonReader reader)
    {
        if (field == CapturedField.Labels)
        {
            _labelKey = strings.Intern(ref reader);
        }
        else if (field == CapturedField.NodeSelector)
        {
            _osKey = reader.ValueTextEquals(PodConverter.OsLabel);
        }
    }
}
