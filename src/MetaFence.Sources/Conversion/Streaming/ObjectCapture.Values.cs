using System.Text.Json;
using MetaFence.Core.Net;

namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>Captured scalars: every token here has already passed <see cref="ValueCheck"/> for its field.</summary>
internal sealed partial class ObjectCapture
{
    private static readonly string[] Protocols = ["TCP", "UDP", "SCTP"];
    private static readonly string[] Phases = ["Running", "Pending", "Succeeded", "Failed"];
    private (string? Text, IpAddress? Address) _lastIp;

    public WalkStatus Value(CapturedField field, ref Utf8JsonReader reader)
    {
        switch (field)
        {
            case CapturedField.ApiVersion:
                return ApiVersion(ref reader);
            case CapturedField.Kind:
                return Kind(ref reader);
            case CapturedField.Name:
                Name = reader.GetString();
                break;
            case CapturedField.GenerateName:
                GenerateName = reader.GetString();
                break;
            case CapturedField.Namespace:
                Namespace = Pooled(ref reader);
                break;
            case CapturedField.LabelValue:
                var value = Pooled(ref reader);
                Labels.Add(KeyValuePair.Create(_labelKey ?? "", value ?? ""));
                TemplateHash = _labelKey == PodConverter.TemplateHashLabel ? value : TemplateHash;
                break;
            case CapturedField.OwnerKind:
                _owner.Kind = Pooled(ref reader);
                break;
            case CapturedField.OwnerName:
                _owner.Name = Pooled(ref reader);
                break;
            case CapturedField.OwnerController:
                _owner.IsController = reader.TokenType == JsonTokenType.True;
                break;
            default:
                return Spec(field, ref reader);
        }

        return WalkStatus.Ok;
    }

    private WalkStatus Spec(CapturedField field, ref Utf8JsonReader reader)
    {
        switch (field)
        {
            case CapturedField.Replicas:
                Replicas = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
                break;
            case CapturedField.HostNetwork:
                HostNetwork = reader.TokenType == JsonTokenType.True;
                break;
            case CapturedField.NodeName:
                NodeName = Pooled(ref reader);
                break;
            case CapturedField.Image:
                // Only the string: an image is pooled like a label value (replicas share it).
                if (Pooled(ref reader) is { Length: > 0 } image)
                {
                    _imageList.Add(image);
                }

                break;
            case CapturedField.NodeSelectorValue:
                OsSelector = _osKey && Pooled(ref reader) is { Length: > 0 } os ? os : OsSelector;
                break;
            case CapturedField.PortName:
                _port.Name = Pooled(ref reader);
                break;
            case CapturedField.PortNumber:
                _port.Number = reader.GetInt32();
                break;
            case CapturedField.PortProtocol:
                // ContainerPorts.Of warns about any protocol but TCP, UDP and SCTP.
                return ContainerPorts.TryProtocol(Known(ref reader, Protocols), out _port.Protocol) ? WalkStatus.Ok : WalkStatus.Unexpected;
            case CapturedField.Phase:
                Phase = PodConverter.PhaseOf(Known(ref reader, Phases));
                break;
            case CapturedField.PodIp:
                return TryIp(ref reader, out _podIp);
            case CapturedField.ListedPodIp:
                var status = TryIp(ref reader, out var ip);
                if (ip is { } listed && !_listedIps.Contains(listed))
                {
                    _listedIps.Add(listed);
                }

                return status;
        }

        return WalkStatus.Ok;
    }

    /// <summary>The kind must be the expected one; empty means absent (the list's hint decides).</summary>
    private WalkStatus Kind(ref Utf8JsonReader reader)
    {
        HasKind = reader.TokenType == JsonTokenType.String && !reader.ValueTextEquals(""u8);
        return !HasKind || reader.ValueTextEquals(_expected.Utf8Name) ? WalkStatus.Ok : WalkStatus.OtherKind;
    }

    /// <summary>The API group (before the <c>/</c>; none in <c>v1</c>) must be the expected kind's.</summary>
    private WalkStatus ApiVersion(ref Utf8JsonReader reader)
    {
        HasApiVersion = reader.TokenType == JsonTokenType.String && !reader.ValueTextEquals(""u8);
        if (!HasApiVersion)
        {
            return WalkStatus.Ok;
        }

        var group = KindCatalog.GroupOf(Pooled(ref reader) ?? "");
        return group == _expected.Group ? WalkStatus.Ok : WalkStatus.OtherKind;
    }

    /// <summary>
    /// An empty address is no address; one that does not parse gets a warning from the models'
    /// path. <c>status.podIP</c> repeats the first of <c>status.podIPs</c>: one parse serves both.
    /// </summary>
    private WalkStatus TryIp(ref Utf8JsonReader reader, out IpAddress? ip)
    {
        ip = null;
        if (reader.TokenType != JsonTokenType.String || reader.ValueTextEquals(""u8))
        {
            return WalkStatus.Ok;
        }

        var text = reader.GetString() ?? "";
        if (text == _lastIp.Text)
        {
            ip = _lastIp.Address;
            return WalkStatus.Ok;
        }

        if (!IpAddress.TryParse(text, out var parsed))
        {
            return WalkStatus.Unexpected;
        }

        (ip, _lastIp) = (parsed, (text, parsed));
        return WalkStatus.Ok;
    }

    /// <summary>One of <paramref name="known"/> when the value is one (compared without decoding), else the value; null for JSON null.</summary>
    private string? Known(ref Utf8JsonReader reader, string[] known)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return null;
        }

        foreach (var text in known)
        {
            if (reader.ValueTextEquals(text))
            {
                return text;
            }
        }

        return Pooled(ref reader);
    }

    private string? Pooled(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? strings.Intern(ref reader) : null;
}
