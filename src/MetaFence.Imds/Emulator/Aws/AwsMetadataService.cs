using System.Globalization;
using MetaFence.Imds.Http;

namespace MetaFence.Imds.Emulator.Aws;

/// <summary>
/// AWS EC2 Instance Metadata Service, IMDSv1 and IMDSv2, as documented in
/// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html and
/// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-v2-how-it-works.html:
/// <list type="bullet">
/// <item><c>PUT /latest/api/token</c> with <c>X-aws-ec2-metadata-token-ttl-seconds</c> 1–21600 returns a session
/// token (400 when the TTL is missing or out of range); the reply leaves with IP TTL = the hop limit.</item>
/// <item>A token PUT carrying <c>X-Forwarded-For</c> is refused (403): "IMDSv2 ... will not issue session tokens
/// to any requests with an X-Forwarded-For header" (AWS Security Blog, 2019-11-19,
/// https://aws.amazon.com/blogs/security/defense-in-depth-open-firewalls-reverse-proxies-ssrf-vulnerabilities-ec2-instance-metadata-service/).</item>
/// <item>GET with <c>X-aws-ec2-metadata-token</c>: 401 when the token is invalid or expired; without a token,
/// 401 when IMDSv2 is required, else answered (IMDSv1). Error codes:
/// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html#instance-metadata-returns.</item>
/// </list>
/// </summary>
public sealed class AwsMetadataService : IMetadataService
{
    public const string TokenPath = "/latest/api/token";

    public const string TokenHeader = "X-aws-ec2-metadata-token";

    public const string TtlHeader = "X-aws-ec2-metadata-token-ttl-seconds";

    public const int MaxTtlSeconds = 21600;

    private readonly EmulatorOptions _options;
    private readonly SessionTokens _tokens;
    private readonly MetadataTree _tree;

    public AwsMetadataService(EmulatorOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options;
        _tokens = new SessionTokens(time);
        _tree = AwsMetadataTree.Build(options.Role, time);
    }

    public string ServerName => "EC2ws";

    public MetadataResponse Handle(MetadataRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Path == TokenPath)
        {
            return IssueToken(request);
        }

        if (request.Method != "GET")
        {
            return Error(405).WithHeader("Allow", "GET");
        }

        var token = request.Header(TokenHeader);
        if (token is null ? _options.Imdsv2 == TokenRequirement.Required : !_tokens.IsValid(token))
        {
            return Error(401);
        }

        return _tree.Read(request.Path) is { } body ? MetadataResponse.Text(200, body) : Error(404);
    }

    private MetadataResponse IssueToken(MetadataRequest request)
    {
        if (request.Method != "PUT")
        {
            return Error(405).WithHeader("Allow", "PUT");
        }

        if (request.HasHeader("X-Forwarded-For"))
        {
            return Error(403);
        }

        var ttlText = request.Header(TtlHeader);
        if (!int.TryParse(ttlText, NumberStyles.None, CultureInfo.InvariantCulture, out var ttl) || ttl is < 1 or > MaxTtlSeconds)
        {
            return Error(400);
        }

        var token = _tokens.Issue(TimeSpan.FromSeconds(ttl));
        var reply = MetadataResponse.Text(200, token).WithHeader(TtlHeader, ttl.ToString(CultureInfo.InvariantCulture));
        return reply with { HopLimit = _options.HopLimit };
    }

    private static MetadataResponse Error(int status) =>
        new(status, "text/html", AwsDocuments.ErrorPage(status, HttpStatusText.Reason(status)));
}
