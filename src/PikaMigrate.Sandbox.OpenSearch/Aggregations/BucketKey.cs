using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>A bucket's key: a term or a number (long, double, date millis, boolean 1/0).</summary>
internal readonly record struct BucketKey(string? Text, double Number) : IComparable<BucketKey>
{
    public static BucketKey Of(string text) => new(text, 0);

    public static BucketKey Of(double number) => new(null, number);

    public int CompareTo(BucketKey other) => Text is not null || other.Text is not null
        ? Utf8Order.Instance.Compare(Text ?? "", other.Text ?? "")
        : Number.CompareTo(other.Number);

    /// <summary>The <c>key</c> as JSON: a string, a long for integer-valued fields, else a Java-printed double.</summary>
    public JsonNode ToJson(bool integral) => Text is not null
        ? JsonValue.Create(Text)
        : integral ? JsonValue.Create((long)Number) : JavaNumber.Double(Number);
}
