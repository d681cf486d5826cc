using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>The pieces of a policy spec: pod selector, rules, peers, ipBlocks.</summary>
internal sealed partial class PolicyWriter
{
    private static void WritePodSelector(Utf8JsonWriter w, PolicyPlan policy, int variant)
    {
        w.WriteStartObject("podSelector");
        if (policy.Kind == PolicyKind.AllowToPeerApp && variant % 2 == 0)
        {
            w.StringMap("matchLabels", [KeyValuePair.Create("app", policy.App)]);
        }
        else if (policy.Kind == PolicyKind.AllowToPeerApp)
        {
            w.WriteStartArray("matchExpressions");
            w.WriteStartObject();
            w.WriteString("key", "app");
            w.WriteString("operator", "In");
            w.StringArray("values", [policy.App, "worker"]);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>One rule: its ports (number and protocol pairs) and peers written by <paramref name="peers"/>.</summary>
    private static void Rule(Utf8JsonWriter w, string direction, string peersName, int[] ports, string[] protocols, Action peers)
    {
        w.WriteStartArray(direction);
        w.WriteStartObject();
        if (direction == "ingress")
        {
            WritePeers(w, peersName, peers);
        }

        if (ports.Length > 0)
        {
            w.WriteStartArray("ports");
            for (var i = 0; i < ports.Length; i++)
            {
                w.WriteStartObject();
                w.WriteNumber("port", ports[i]);
                w.WriteString("protocol", protocols[i]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (direction == "egress")
        {
            WritePeers(w, peersName, peers);
        }

        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WritePeers(Utf8JsonWriter w, string name, Action peers)
    {
        w.WriteStartArray(name);
        peers();
        w.WriteEndArray();
    }

    private static void Peer(Utf8JsonWriter w, (string Key, string Value)? namespaceLabel, (string Key, string Value)? podLabel)
    {
        w.WriteStartObject();
        if (namespaceLabel is { } ns)
        {
            w.WriteStartObject("namespaceSelector");
            w.StringMap("matchLabels", [KeyValuePair.Create(ns.Key, ns.Value)]);
            w.WriteEndObject();
        }

        w.WriteStartObject("podSelector");
        if (podLabel is { } pod)
        {
            w.StringMap("matchLabels", [KeyValuePair.Create(pod.Key, pod.Value)]);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void IpBlock(Utf8JsonWriter w, string cidr, string[] except)
    {
        w.WriteStartObject();
        w.WriteStartObject("ipBlock");
        w.WriteString("cidr", cidr);
        w.StringArray("except", except);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static int Port(string peer) => peer switch
    {
        "postgres" => 5432,
        "redis" => 6379,
        "kafka" => 9092,
        "mysql" => 3306,
        "mongodb" => 27017,
        _ => 8080,
    };
}
