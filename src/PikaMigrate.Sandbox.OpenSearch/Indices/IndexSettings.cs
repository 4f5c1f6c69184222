using System.Globalization;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>
/// An index's settings, flat (<c>index.number_of_shards</c>) with string values as OpenSearch keeps them. The
/// engine honours shards (for <c>slices=auto</c>), replicas (health, <c>_shards</c>), max_result_window, the
/// total-fields limit, the refresh interval and the refresh-listener limit; a few others are stored only; the rest
/// of OpenSearch's settings are rejected by name. Immutable: an update makes a new instance.
/// </summary>
internal sealed class IndexSettings
{
    public const string RefreshIntervalKey = "index.refresh_interval";

    private static readonly HashSet<string> Honoured = new(StringComparer.Ordinal)
    {
        "index.number_of_shards", "index.number_of_replicas", "index.max_result_window", "index.mapping.total_fields.limit",
        RefreshIntervalKey, "index.max_refresh_listeners",
    };

    /// <summary>Settings without an effect on a single in-memory node, stored and echoed.</summary>
    private static readonly HashSet<string> StoredOnly = new(StringComparer.Ordinal)
    {
        "index.codec", "index.auto_expand_replicas", "index.priority", "index.hidden", "index.max_inner_result_window",
        "index.max_terms_count", "index.number_of_routing_shards", "index.translog.durability",
        "index.translog.sync_interval", "index.translog.flush_threshold_size",
    };

    /// <summary>What an open index cannot change (<c>PUT _settings</c>): the rest of the known settings are dynamic.</summary>
    private static readonly HashSet<string> Static = new(StringComparer.Ordinal)
    {
        "index.number_of_shards", "index.codec", "index.number_of_routing_shards",
    };

    private static readonly string[] RealButUnsupportedPrefixes =
    [
        "index.analysis.", "index.sort.", "index.knn", "index.blocks.", "index.routing", "index.default_pipeline", "index.final_pipeline",
        "index.similarity.", "index.search.", "index.requests.cache", "index.mapping.", "index.plugins.", "index.store.", "index.indexing.",
        "index.shard", "index.soft_deletes.", "index.unassigned.", "index.allocation.", "index.write.", "index.max_ngram_diff", "index.max_shingle_diff",
        "index.highlight.", "index.max_script_fields", "index.max_docvalue_fields_search", "index.max_rescore_window", "index.max_regex_length",
        "index.gc_deletes", "index.merge.", "index.replication.", "index.remote_store.", "index.query.", "index.load_fixed_bitset_filters_eagerly",
    ];

    private static readonly string[] Private = ["index.uuid", "index.creation_date", "index.version.created", "index.provided_name"];

    private readonly SortedDictionary<string, string> _values;

    private IndexSettings(SortedDictionary<string, string> values) => _values = values;

    public IReadOnlyDictionary<string, string> Values => _values;

    public int NumberOfShards => Int("index.number_of_shards", 1);

    public int NumberOfReplicas => Int("index.number_of_replicas", 1);

    public int MaxResultWindow => Int("index.max_result_window", 10_000);

    public int TotalFieldsLimit => Int("index.mapping.total_fields.limit", 1000);

    /// <summary>How often the index refreshes by itself: 1s by default; <see cref="Timeout.InfiniteTimeSpan"/> (<c>-1</c>) never.</summary>
    public TimeSpan RefreshInterval =>
        _values.TryGetValue(RefreshIntervalKey, out var text) ? TimeValue.Parse(text, RefreshIntervalKey) : TimeSpan.FromSeconds(1);

    /// <summary><c>refresh=wait_for</c> requests that may wait at once; one more forces a refresh instead.</summary>
    public int MaxRefreshListeners => Int("index.max_refresh_listeners", 1000);

    public static IndexSettings Parse(JsonNode? settings)
    {
        var result = WithoutNulls(Normalize(settings, "[settings] must be an object"));
        result.Validate();
        return result;
    }

    /// <summary>
    /// <c>PUT _settings</c> on an open index: dynamic settings only (OpenSearch's message names the others), a
    /// <c>null</c> value resets a setting to its default, <paramref name="preserveExisting"/> keeps values already set.
    /// </summary>
    public IndexSettings Update(JsonObject update, bool preserveExisting, string indexName, string indexUuid)
    {
        var changes = Normalize(update, "");
        WithoutNulls(changes).Validate();
        var nonDynamic = changes.Keys.Where(Static.Contains).ToList();
        if (nonDynamic.Count > 0)
        {
            throw RequestErrors.IllegalArgument(
                $"Can't update non dynamic settings [[{string.Join(", ", nonDynamic)}]] for open indices [[{indexName}/{indexUuid}]]");
        }

        var values = new SortedDictionary<string, string>(_values, StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            if (preserveExisting && values.ContainsKey(key))
            {
                continue;
            }

            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }

        var result = new IndexSettings(values);
        result.Validate();
        return result;
    }

    /// <summary>The full settings GET returns: the given ones plus what OpenSearch always sets, nested by dots.</summary>
    public JsonObject ToJson(string name, string uuid, long creationDate)
    {
        var all = new SortedDictionary<string, string>(_values, StringComparer.Ordinal)
        {
            ["index.creation_date"] = creationDate.ToString(CultureInfo.InvariantCulture),
            ["index.number_of_shards"] = NumberOfShards.ToString(CultureInfo.InvariantCulture),
            ["index.number_of_replicas"] = NumberOfReplicas.ToString(CultureInfo.InvariantCulture),
            ["index.uuid"] = uuid,
            ["index.version.created"] = "136387927",
            ["index.provided_name"] = name,
        };
        var root = new JsonObject();
        foreach (var (key, value) in all)
        {
            var parts = key.Split('.');
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (node[part] is not JsonObject child)
                {
                    child = [];
                    node[part] = child;
                }

                node = child;
            }

            node[parts[^1]] = value;
        }

        return root;
    }

    /// <summary>The settings as given, for persistence.</summary>
    public JsonObject ToStoredJson() => new(_values.Select(kv => new KeyValuePair<string, JsonNode?>(kv.Key, kv.Value)));

    private static IndexSettings WithoutNulls(SortedDictionary<string, string?> values) =>
        new(new SortedDictionary<string, string>(values.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!), StringComparer.Ordinal));

    /// <summary>Flattened, <c>index.</c>-prefixed keys checked against what OpenSearch knows; a null value stays null.</summary>
    private static SortedDictionary<string, string?> Normalize(JsonNode? settings, string notAnObject)
    {
        var flat = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        if (settings is not null)
        {
            if (settings is not JsonObject obj)
            {
                throw RequestErrors.Parsing(notAnObject);
            }

            Flatten(obj, "", flat);
        }

        var normalized = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (rawKey, value) in flat)
        {
            var key = rawKey.StartsWith("index.", StringComparison.Ordinal) ? rawKey : "index." + rawKey;
            if (Private.Contains(key))
            {
                throw RequestErrors.IllegalArgument($"private index setting [{key}] can not be set explicitly");
            }

            if (!Honoured.Contains(key) && !StoredOnly.Contains(key))
            {
                throw RealButUnsupportedPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal))
                    ? RequestErrors.Unsupported($"the index setting [{key}]")
                    : IndexErrors.UnknownSetting(key);
            }

            normalized[key] = value;
        }

        return normalized;
    }

    private static void Flatten(JsonObject obj, string prefix, SortedDictionary<string, string?> into)
    {
        foreach (var (key, value) in obj)
        {
            var full = prefix + key;
            switch (value)
            {
                case JsonObject child:
                    Flatten(child, full + ".", into);
                    break;
                case JsonArray array:
                    into[full] = string.Join(",", array.Select(JsonRead.ScalarText));
                    break;
                default:
                    into[full] = JsonRead.ScalarText(value);
                    break;
            }
        }
    }

    private void Validate()
    {
        Check(this, "index.number_of_shards", 1, 1024);
        Check(this, "index.number_of_replicas", 0, int.MaxValue);
        Check(this, "index.max_result_window", 1, int.MaxValue);
        Check(this, "index.mapping.total_fields.limit", 0, int.MaxValue);
        Check(this, "index.max_refresh_listeners", 0, int.MaxValue);
        if (_values.TryGetValue(RefreshIntervalKey, out var interval) && TimeValue.Parse(interval, RefreshIntervalKey) < Timeout.InfiniteTimeSpan)
        {
            throw RequestErrors.IllegalArgument($"failed to parse value [{interval}] for setting [{RefreshIntervalKey}], must be >= [-1]");
        }
    }

    private static void Check(IndexSettings settings, string key, int min, int max)
    {
        if (!settings._values.TryGetValue(key, out var text))
        {
            return;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw RequestErrors.IllegalArgument($"Failed to parse value [{text}] for setting [{key}]");
        }

        if (value < min || value > max)
        {
            throw RequestErrors.IllegalArgument(value < min
                ? $"Failed to parse value [{text}] for setting [{key}] must be >= {min}"
                : $"Failed to parse value [{text}] for setting [{key}] must be <= {max}");
        }
    }

    private int Int(string key, int defaultValue) =>
        _values.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : defaultValue;
}
