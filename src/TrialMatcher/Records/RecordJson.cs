using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrialMatcher.Records;

/// <summary>Source-generated JSON for records: the form stored in the index and printed by <c>show --json</c>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(TrialRecord))]
[JsonSerializable(typeof(List<TrialRecord>))]
public sealed partial class RecordJsonContext : JsonSerializerContext;

public static class RecordJson
{
    public static byte[] Serialize(TrialRecord record) => JsonSerializer.SerializeToUtf8Bytes(record, RecordJsonContext.Default.TrialRecord);

    public static TrialRecord Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, RecordJsonContext.Default.TrialRecord) ?? throw new JsonException("empty record");
}
