using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace PikaMigrate.Core.Digests;

/// <summary>
/// An order-independent digest of a set of records: the sum (mod 2^128) of each record's SHA-256 prefix, plus
/// the record count. Parallel scan segments fold their parts together, and no record is held in memory, so
/// the before/after comparison stays flat in table size.
/// </summary>
public sealed class ContentDigest
{
    private readonly object _gate = new();
    private ulong _high;
    private ulong _low;
    private long _count;

    public long Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>Adds one record given by its canonical bytes (which must include its key).</summary>
    public void Add(ReadOnlySpan<byte> canonicalRecord)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(canonicalRecord, hash);
        var high = BinaryPrimitives.ReadUInt64BigEndian(hash);
        var low = BinaryPrimitives.ReadUInt64BigEndian(hash[8..]);
        lock (_gate)
        {
            Accumulate(high, low, 1);
        }
    }

    public void Add(ContentDigest other)
    {
        ulong high, low;
        long count;
        lock (other._gate)
        {
            (high, low, count) = (other._high, other._low, other._count);
        }

        lock (_gate)
        {
            Accumulate(high, low, count);
        }
    }

    /// <summary>A digest as <see cref="ToString"/> wrote it (e.g. kept with a checkpoint), to add more records to.</summary>
    /// <exception cref="FormatException">Not <c>&lt;count&gt;:&lt;32 hex digits&gt;</c>.</exception>
    public static ContentDigest Parse(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 2 || parts[1].Length != 32
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || !ulong.TryParse(parts[1].AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var high)
            || !ulong.TryParse(parts[1].AsSpan(16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var low))
        {
            throw new FormatException($"'{text}' is not a content digest (<count>:<32 hex digits>).");
        }

        var digest = new ContentDigest();
        digest.Accumulate(high, low, count);
        return digest;
    }

    /// <summary><c>&lt;count&gt;:&lt;32 hex digits&gt;</c>, stable across runs and machines.</summary>
    public override string ToString()
    {
        lock (_gate)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{_count}:{_high:x16}{_low:x16}");
        }
    }

    private void Accumulate(ulong high, ulong low, long count)
    {
        var sum = unchecked(_low + low);
        var carry = sum < _low ? 1UL : 0UL;
        _low = sum;
        _high = unchecked(_high + high + carry);
        _count += count;
    }
}
