using System.Text.Json.Serialization;

namespace KnowledgeBot.Core.Committees;

/// <summary>One departmental committee as listed in <c>corpus/committees.json</c>.</summary>
/// <param name="ContactVerified">False until the association has checked phone, e-mail and address: drafts never show unverified contact details.</param>
public sealed record Committee(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("department")] string Department,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("seat")] string Seat,
    [property: JsonPropertyName("lat")] double Lat,
    [property: JsonPropertyName("lon")] double Lon,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("phone")] string? Phone,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("address")] string? Address,
    [property: JsonPropertyName("contact_verified")] bool ContactVerified);
