using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrialMatcher.Eligibility;

/// <summary>
/// The stored form of parsed criteria: UTF-8 JSON, camelCase, facts tagged with a "kind" discriminator
/// (cancer_type, stage, prior_lines, ...). Source-generated, so no reflection at run time.
/// </summary>
public static class CriteriaJson
{
    public static byte[] Serialize(ParsedCriteria parsed) => JsonSerializer.SerializeToUtf8Bytes(parsed, CriteriaJsonContext.Default.ParsedCriteria);

    /// <summary>Reads what <see cref="Serialize"/> wrote. Throws <see cref="JsonException"/> on bytes that are not parsed criteria.</summary>
    public static ParsedCriteria Deserialize(byte[] json) =>
        JsonSerializer.Deserialize(json, CriteriaJsonContext.Default.ParsedCriteria) ?? ParsedCriteria.Empty;

    /// <summary>Indented JSON for people (the CLI's --json).</summary>
    public static string ToIndentedString(ParsedCriteria parsed) => JsonSerializer.Serialize(parsed, CriteriaJsonIndentedContext.Default.ParsedCriteria);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ParsedCriteria))]
internal sealed partial class CriteriaJsonContext : JsonSerializerContext;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(ParsedCriteria))]
internal sealed partial class CriteriaJsonIndentedContext : JsonSerializerContext;
