using System.Buffers;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core.Digests;

namespace PikaMigrate.DynamoDb.Digests;

/// <summary>
/// Adds DynamoDB items to a <see cref="ContentDigest"/> by their canonical JSON, some attributes left out. One per
/// reader: it reuses its buffer.
/// </summary>
public sealed class ItemDigest(ContentDigest digest, IReadOnlySet<string> excludedAttributes)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public void Add(Dictionary<string, AttributeValue> item)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer))
        {
            AttributeValueCanonicalizer.WriteItem(writer, item, excludedAttributes);
        }

        digest.Add(_buffer.WrittenSpan);
    }
}
