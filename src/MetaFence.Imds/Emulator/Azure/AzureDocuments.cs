using System.Globalization;
using System.Text.Json.Nodes;

namespace MetaFence.Imds.Emulator.Azure;

/// <summary>
/// The JSON documents of Azure IMDS: the instance metadata (a subset of
/// https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service#instance-metadata)
/// and the managed identity token (all numbers as strings, as the service sends them).
/// </summary>
internal static class AzureDocuments
{
    public const string ResourceGroup = "metafence-fake-rg";

    public static JsonObject Instance(string vmName) => new()
    {
        ["compute"] = new JsonObject
        {
            ["azEnvironment"] = "AzurePublicCloud",
            ["location"] = "westeurope",
            ["name"] = vmName,
            ["osType"] = "Linux",
            ["resourceGroupName"] = ResourceGroup,
            ["resourceId"] = $"/subscriptions/{FakeIdentity.AzureSubscription}/resourceGroups/{ResourceGroup}/providers/Microsoft.Compute/virtualMachines/{vmName}",
            ["subscriptionId"] = FakeIdentity.AzureSubscription,
            ["vmId"] = FakeIdentity.AzureVmId,
            ["vmSize"] = "Standard_D2s_v3",
            ["zone"] = "1",
        },
        ["network"] = new JsonObject
        {
            ["interface"] = new JsonArray(new JsonObject
            {
                ["ipv4"] = new JsonObject
                {
                    ["ipAddress"] = new JsonArray(new JsonObject { ["privateIpAddress"] = FakeIdentity.PrivateIpv4, ["publicIpAddress"] = string.Empty }),
                    ["subnet"] = new JsonArray(new JsonObject { ["address"] = "10.0.0.0", ["prefix"] = "24" }),
                },
                ["ipv6"] = new JsonObject { ["ipAddress"] = new JsonArray() },
                ["macAddress"] = "000D3A00FA4E",
            }),
        },
    };

    public static string Token(string resource, DateTimeOffset now)
    {
        var issued = now.ToUnixTimeSeconds();
        return new JsonObject
        {
            ["access_token"] = FakeIdentity.AzureAccessToken,
            ["client_id"] = FakeIdentity.AzureClientId,
            ["expires_in"] = "86399",
            ["expires_on"] = (issued + 86399).ToString(CultureInfo.InvariantCulture),
            ["ext_expires_in"] = "86399",
            ["not_before"] = issued.ToString(CultureInfo.InvariantCulture),
            ["resource"] = resource,
            ["token_type"] = "Bearer",
        }.ToJsonString();
    }
}
