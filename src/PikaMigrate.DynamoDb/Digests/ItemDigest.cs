using System.Buffers;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core.Digests;

namespace PikaMigrate.DynamoDb.Digests;

/// <summary>
/// Adds a table's original items to a <see cref="ContentDigest"/> by their canonical JSON, some attributes left out;
/// items the caller does not count as original (created since the baseline) are only counted. One per reader: it
/// reuses its buffer.
/// </summary>
public sealed class ItemDigest(ContentDigest digest, IReadOnlySet<string> excludedAttributes, Func<Dictionary<string, AttributeValue>, bool> isOriginal)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    /// <summary>Items left out as not original.</summary>
    public long LeftOut { get; private set; }

    public void Add(IEnumerable<Dictionary<string, AttributeValue>> items)
    {
        foreach (var item in items)
        {
            if (!isOriginal(item))
            {
                LeftOut++;
                continue;
            }

            _buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_buffer))
            {
                AttributeValueCanonicalizer.WriteItem(writer, item, excludedAttributes);
            }

            digest.Add(_buffer.WrittenSpan);
        }
    }
}
