using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Cloud;

namespace MetaFence.Sources.Cloud;

/// <summary>
/// Reads <c>aws ec2 describe-instances</c> JSON: <c>Reservations[].Instances[]</c>, every
/// reservation (https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-instances.html;
/// fields as in https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html).
/// Also accepts the flat array <c>--query 'Reservations[].Instances[]'</c> prints. Never throws on
/// bad input; an instance without <c>InstanceId</c> is left out with an error.
/// </summary>
public static class AwsInstancesExportReader
{
    public const string Expected = "the JSON output of aws ec2 describe-instances (Reservations[].Instances[])";

    public static CloudExport<ImmutableArray<AwsInstance>> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ExportProblems(path);
        using var document = ExportDocument.Open(path, problems, Expected);
        return Read(document, problems);
    }

    /// <summary>Reads from <paramref name="stream"/>; <paramref name="name"/> is the file name diagnostics show.</summary>
    public static CloudExport<ImmutableArray<AwsInstance>> Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var problems = new ExportProblems(name);
        using var document = ExportDocument.Parse(stream, problems, Expected);
        return Read(document, problems);
    }

    private static CloudExport<ImmutableArray<AwsInstance>> Read(JsonDocument? document, ExportProblems problems)
    {
        if (document is null)
        {
            return new([], problems.ToImmutable(), false);
        }

        var root = document.RootElement;
        var fields = new JsonFields(problems);
        List<(JsonElement Item, string Path)> items;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("Reservations", out _))
        {
            items = [.. fields.Items(root, "", "Reservations").SelectMany(r => fields.Items(r.Item, r.Path, "Instances"))];
            if (fields.String(root, "", "NextToken") is not null)
            {
                problems.Warning("NextToken", "present: this is one page of the output, instances may be missing",
                    "a complete listing (the CLI pages by itself unless --max-items or --no-paginate is given)");
            }
        }
        else if (root.ValueKind == JsonValueKind.Array && root.EnumerateArray().All(i => i.ValueKind == JsonValueKind.Object && i.TryGetProperty("InstanceId", out _)))
        {
            items = [.. root.EnumerateArray().Select((item, i) => (item, Paths.Index("", i)))];
        }
        else
        {
            problems.Fatal("", $"this looks like {ExportKind.Describe(root)}, not {ExportKind.Ec2Instances}", Expected);
            return new([], problems.ToImmutable(), false);
        }

        var instances = items.Select(i => ReadInstance(i.Item, i.Path, fields)).OfType<AwsInstance>()
            .OrderBy(i => i.InstanceId, StringComparer.Ordinal).ToImmutableArray();
        if (instances.IsEmpty)
        {
            problems.Error("", "no instances could be read", Expected);
        }

        return new(instances, problems.ToImmutable(), !instances.IsEmpty);
    }

    private static AwsInstance? ReadInstance(JsonElement instance, string path, JsonFields fields)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            fields.Problems.Error(path, $"a {JsonFields.Kind(instance)}, ignored", "an instance object");
            return null;
        }

        var id = fields.String(instance, path, "InstanceId", required: true);
        if (id is null)
        {
            return null;
        }

        var profile = fields.Object(instance, path, "IamInstanceProfile");
        var profilePath = Paths.Property(path, "IamInstanceProfile");
        var placement = fields.Object(instance, path, "Placement");
        var state = fields.Object(instance, path, "State");
        return new AwsInstance
        {
            InstanceId = id,
            State = state is { } s ? fields.String(s, Paths.Property(path, "State"), "Name") : null,
            PrivateDnsName = NullIfEmpty(fields.String(instance, path, "PrivateDnsName")),
            PrivateIpAddress = NullIfEmpty(fields.String(instance, path, "PrivateIpAddress")),
            AvailabilityZone = placement is { } p ? fields.String(p, Paths.Property(path, "Placement"), "AvailabilityZone") : null,
            InstanceProfileArn = profile is { } a ? fields.String(a, profilePath, "Arn") : null,
            InstanceProfileId = profile is { } b ? fields.String(b, profilePath, "Id") : null,
            MetadataOptions = fields.Object(instance, path, "MetadataOptions") is { } m ? ReadMetadata(m, Paths.Property(path, "MetadataOptions"), fields) : null,
            Tags = ReadTags(instance, path, fields),
            Location = fields.Problems.At(path),
        };
    }

    private static AwsMetadataOptions ReadMetadata(JsonElement options, string path, JsonFields fields) => new()
    {
        HttpTokens = fields.String(options, path, "HttpTokens"),
        HttpPutResponseHopLimit = fields.Integer(options, path, "HttpPutResponseHopLimit"),
        HttpEndpoint = fields.String(options, path, "HttpEndpoint"),
        HttpProtocolIpv6 = fields.String(options, path, "HttpProtocolIpv6"),
        InstanceMetadataTags = fields.String(options, path, "InstanceMetadataTags"),
        State = fields.String(options, path, "State"),
    };

    private static ImmutableSortedDictionary<string, string> ReadTags(JsonElement instance, string path, JsonFields fields)
    {
        var tags = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (tag, tagPath) in fields.Items(instance, path, "Tags"))
        {
            if (fields.String(tag, tagPath, "Key", required: true) is { } key)
            {
                tags[key] = fields.String(tag, tagPath, "Value") ?? "";
            }
        }

        return tags.ToImmutable();
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
