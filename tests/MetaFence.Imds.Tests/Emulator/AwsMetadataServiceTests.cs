using System.Text.Json;
using MetaFence.Imds.Emulator;
using MetaFence.Imds.Emulator.Aws;
using MetaFence.Imds.Tests.Support;
using MetaFence.Testing.Golden;

namespace MetaFence.Imds.Tests.Emulator;

public sealed class AwsMetadataServiceTests
{
    private const string Creds = "/latest/meta-data/iam/security-credentials/";
    private const string Ttl = "X-aws-ec2-metadata-token-ttl-seconds";
    private const string HowItWorks = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-v2-how-it-works.html";
    private const string Returns = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html#instance-metadata-returns";

    /// <summary>A header value of <c>{token}</c> is replaced by a freshly issued token.</summary>
    public sealed record Row(string Method, string Target, string[] Headers, TokenRequirement Imdsv2, int Status, string Source)
    {
        public override string ToString() => $"{Method} {Target} [{string.Join("; ", Headers)}] {Imdsv2} -> {Status}";
    }

    public static TheoryData<Row> Rows() =>
    [
        new("PUT", "/latest/api/token", [$"{Ttl}: 21600"], TokenRequirement.Optional, 200, HowItWorks + " (TTL up to six hours)"),
        new("PUT", "/latest/api/token", [$"{Ttl}: 1"], TokenRequirement.Required, 200, HowItWorks + " (TTL at least one second)"),
        new("PUT", "/latest/api/token", [$"{Ttl}: 0"], TokenRequirement.Optional, 400, Returns + " (400: the PUT request is not valid)"),
        new("PUT", "/latest/api/token", [$"{Ttl}: 21601"], TokenRequirement.Optional, 400, Returns),
        new("PUT", "/latest/api/token", [$"{Ttl}: ten"], TokenRequirement.Optional, 400, Returns),
        new("PUT", "/latest/api/token", [], TokenRequirement.Optional, 400, Returns + " (the TTL header is required)"),
        new("PUT", "/latest/api/token", [$"{Ttl}: 60", "X-Forwarded-For: 203.0.113.9"], TokenRequirement.Optional, 403,
            "AWS Security Blog 2019-11-19: no session tokens for requests with X-Forwarded-For"),
        new("GET", "/latest/api/token", [$"{Ttl}: 60"], TokenRequirement.Optional, 405, HowItWorks + " (a token needs a PUT)"),
        new("GET", "/latest/meta-data/", [], TokenRequirement.Optional, 200, "IMDSv1 answers while tokens are optional"),
        new("GET", Creds, [], TokenRequirement.Required, 401, Returns + " (401 without a valid token when IMDSv2 is required)"),
        new("GET", Creds, ["X-aws-ec2-metadata-token: not-a-token"], TokenRequirement.Optional, 401, Returns + " (401: the token is not valid)"),
        new("GET", Creds, ["X-aws-ec2-metadata-token: {token}"], TokenRequirement.Required, 200, HowItWorks),
        new("GET", Creds + "metafence-fake-node-role", [], TokenRequirement.Optional, 200, "role credentials by role name"),
        new("GET", Creds + "someone-else", [], TokenRequirement.Optional, 404, Returns + " (404: not found)"),
        new("GET", "/latest/user-data", [], TokenRequirement.Optional, 404, "no user data set"),
        new("GET", "/latest/dynamic/instance-identity/document", [], TokenRequirement.Optional, 200, "instance identity document"),
        new("POST", "/latest/meta-data/", [], TokenRequirement.Optional, 405, "only GET reads metadata"),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_answer_as_documented_When_asked(Row row)
    {
        var service = new AwsMetadataService(new EmulatorOptions { Imdsv2 = row.Imdsv2 }, new ManualClock());
        var token = service.Handle(Requests.Put("/latest/api/token", $"{Ttl}: 60")).Body;
        var headers = row.Headers.Select(h => h.Replace("{token}", token, StringComparison.Ordinal)).ToArray();

        var response = service.Handle(Requests.Make(row.Method, row.Target, headers));

        Assert.True(row.Status == response.Status, $"{row}: got {response.Status}; source: {row.Source}");
    }

    [Fact]
    public void Should_send_the_token_with_the_hop_limit_as_ttl_When_a_token_is_issued()
    {
        var service = new AwsMetadataService(new EmulatorOptions { HopLimit = 2 }, new ManualClock());

        var token = service.Handle(Requests.Put("/latest/api/token", $"{Ttl}: 300"));
        var other = service.Handle(Requests.Get("/latest/meta-data/instance-id"));

        Assert.Equal(2, token.HopLimit);
        Assert.Equal("300", token.Header(Ttl));
        Assert.StartsWith("METAFENCE-FAKE-IMDSV2-", token.Body, StringComparison.Ordinal);
        Assert.Null(other.HopLimit);
    }

    [Fact]
    public void Should_refuse_a_token_When_its_ttl_has_passed()
    {
        var clock = new ManualClock();
        var service = new AwsMetadataService(new EmulatorOptions { Imdsv2 = TokenRequirement.Required }, clock);
        var token = service.Handle(Requests.Put("/latest/api/token", $"{Ttl}: 60")).Body;

        clock.Advance(TimeSpan.FromSeconds(59));
        var before = service.Handle(Requests.Get(Creds, $"X-aws-ec2-metadata-token: {token}")).Status;
        clock.Advance(TimeSpan.FromSeconds(1));
        var after = service.Handle(Requests.Get(Creds, $"X-aws-ec2-metadata-token: {token}")).Status;

        Assert.Equal((200, 401), (before, after));
    }

    [Fact]
    public void Should_hand_out_visibly_fake_credentials_When_the_role_is_read()
    {
        var service = new AwsMetadataService(new EmulatorOptions { Role = "lab-role" }, new ManualClock());

        var role = service.Handle(Requests.Get(Creds)).Body;
        using var credentials = JsonDocument.Parse(service.Handle(Requests.Get(Creds + role)).Body);

        Assert.Equal("lab-role", role);
        Assert.Equal(FakeIdentity.AwsAccessKeyId, credentials.RootElement.GetProperty("AccessKeyId").GetString());
        Assert.Contains("FAKE", credentials.RootElement.GetProperty("SecretAccessKey").GetString(), StringComparison.Ordinal);
        Assert.Equal(20, FakeIdentity.AwsAccessKeyId.Length);
        Assert.Equal(40, FakeIdentity.AwsSecretAccessKey.Length);
    }

    [Theory]
    [InlineData("/latest/meta-data/", "meta-data", "txt")]
    [InlineData("/latest/meta-data/iam/security-credentials/metafence-fake-node-role", "credentials", "json")]
    [InlineData("/latest/dynamic/instance-identity/document", "identity-document", "json")]
    [InlineData("/latest/meta-data/nothing-here", "not-found", "html")]
    public void Should_match_golden_When_reading_a_document(string path, string name, string extension)
    {
        var service = new AwsMetadataService(new EmulatorOptions(), new ManualClock());

        GoldenFile.Verify(service.Handle(Requests.Get(path)).Body, "aws", name, extension);
    }
}
