using System.Globalization;
using System.Text;

namespace MetaFence.Imds.Emulator.Aws;

/// <summary>
/// The JSON documents of AWS IMDS, in its own layout (<c>"Key" : "value"</c>, two-space indent).
/// Shapes: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.html
/// (role credentials) and https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-identity-documents.html.
/// </summary>
internal static class AwsDocuments
{
    /// <summary>Role credentials last rotated at the start of the current hour, valid six hours, as IMDS rotates them.</summary>
    public static string Credentials(DateTimeOffset now)
    {
        var updated = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        return Object(
            ("Code", Quote("Success")),
            ("LastUpdated", Quote(Time(updated))),
            ("Type", Quote("AWS-HMAC")),
            ("AccessKeyId", Quote(FakeIdentity.AwsAccessKeyId)),
            ("SecretAccessKey", Quote(FakeIdentity.AwsSecretAccessKey)),
            ("Token", Quote(FakeIdentity.AwsSessionToken)),
            ("Expiration", Quote(Time(updated.AddHours(6)))));
    }

    public static string InstanceProfile(string role, DateTimeOffset now) => Object(
        ("Code", Quote("Success")),
        ("LastUpdated", Quote(Time(now))),
        ("InstanceProfileArn", Quote($"arn:aws:iam::{FakeIdentity.AwsAccountId}:instance-profile/{role}")),
        ("InstanceProfileId", Quote("AIPAMETAFENCEFAKE000")));

    public static string IdentityDocument(DateTimeOffset started) => Object(
        ("accountId", Quote(FakeIdentity.AwsAccountId)),
        ("architecture", Quote("x86_64")),
        ("availabilityZone", Quote(FakeIdentity.AwsAvailabilityZone)),
        ("billingProducts", "null"),
        ("devpayProductCodes", "null"),
        ("marketplaceProductCodes", "null"),
        ("imageId", Quote(FakeIdentity.AwsImageId)),
        ("instanceId", Quote(FakeIdentity.AwsInstanceId)),
        ("instanceType", Quote("m5.large")),
        ("kernelId", "null"),
        ("pendingTime", Quote(Time(started))),
        ("privateIp", Quote(FakeIdentity.PrivateIpv4)),
        ("ramdiskId", "null"),
        ("region", Quote(FakeIdentity.AwsRegion)),
        ("version", Quote("2017-09-30")));

    /// <summary>The HTML error page IMDS sends with 4xx statuses.</summary>
    public static string ErrorPage(int status, string reason) => string.Create(CultureInfo.InvariantCulture, $"""
        <?xml version="1.0" encoding="iso-8859-1"?>
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
         "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
         <head>
          <title>{status} - {reason}</title>
         </head>
         <body>
          <h1>{status} - {reason}</h1>
         </body>
        </html>

        """);

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    // The values are fixed identifiers and timestamps: no character needs escaping.
    private static string Quote(string value) => $"\"{value}\"";

    private static string Object(params (string Key, string Json)[] members)
    {
        var text = new StringBuilder("{\n");
        for (var i = 0; i < members.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  \"{members[i].Key}\" : {members[i].Json}{(i < members.Length - 1 ? "," : string.Empty)}\n");
        }

        return text.Append('}').ToString();
    }
}
