using System.Collections.Immutable;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Indices;
using PikaMigrate.Sandbox.OpenSearch.Mapping;
using PikaMigrate.Sandbox.OpenSearch.Persistence;
using PikaMigrate.Sandbox.OpenSearch.Tasks;
using PikaMigrate.Sandbox.OpenSearch.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Engine;

/// <summary>
/// The node: its indices (looked up without locks, changed under one metadata lock), its task manager and
/// where changes are logged when it persists.
/// </summary>
internal sealed class OpenSearchEngine
{
    private readonly object _metadata = new();
    private ImmutableSortedDictionary<string, EngineIndex> _indices = ImmutableSortedDictionary.Create<string, EngineIndex>(StringComparer.Ordinal);

    public OpenSearchEngine(NodeIdentity node, IOperationLog? log, TimeProvider time, bool refreshOnEveryWrite)
    {
        Node = node;
        Log = log;
        Time = time;
        Host = new IndexHost(log, time, refreshOnEveryWrite);
        Tasks = new TaskManager(node, log, time);
    }

    public NodeIdentity Node { get; }

    public IOperationLog? Log { get; }

    public TimeProvider Time { get; }

    public TaskManager Tasks { get; }

    /// <summary>What every index of this node is given (log, clock, refresh mode).</summary>
    public IndexHost Host { get; }

    public IEnumerable<EngineIndex> Indices => _indices.Values;

    public long NowMillis => Time.GetUtcNow().ToUnixTimeMilliseconds();

    public EngineIndex? Find(string nameOrAlias)
    {
        if (_indices.TryGetValue(nameOrAlias, out var index))
        {
            return index;
        }

        var aliased = _indices.Values.Where(i => i.Aliases.Contains(nameOrAlias)).ToList();
        return aliased.Count == 1 ? aliased[0] : null;
    }

    public bool IsAlias(string name) => !_indices.ContainsKey(name) && _indices.Values.Any(i => i.Aliases.Contains(name));

    /// <summary>The one index a single-document read goes to; an alias of several indices is refused.</summary>
    public EngineIndex Require(string nameOrAlias)
    {
        if (Find(nameOrAlias) is { } index)
        {
            return index;
        }

        var aliased = _indices.Values.Where(i => i.Aliases.Contains(nameOrAlias)).Select(i => i.Name).ToList();
        return aliased.Count > 1
            ? throw RequestErrors.IllegalArgument($"alias [{nameOrAlias}] has more than one index associated with it [{string.Join(", ", aliased)}], can't execute a single index op")
            : throw IndexErrors.NotFound(nameOrAlias);
    }

    /// <summary>The one index a delete goes to: as for any write, an alias needs a single (write) index.</summary>
    public EngineIndex RequireForWrite(string nameOrAlias) =>
        Find(nameOrAlias) ?? (IsAlias(nameOrAlias) ? throw NoWriteIndex(nameOrAlias) : throw IndexErrors.NotFound(nameOrAlias));

    public EngineIndex Create(string name, IndexSettings settings, RootMapping mapping, IReadOnlyList<string> aliases)
    {
        IndexNames.Validate(name);
        lock (_metadata)
        {
            if (_indices.TryGetValue(name, out var existing))
            {
                throw IndexErrors.AlreadyExists(name, existing.Uuid);
            }

            if (_indices.Values.Any(i => i.Aliases.Contains(name)))
            {
                throw IndexErrors.InvalidName(name, "already exists as alias");
            }

            foreach (var alias in aliases)
            {
                if (_indices.ContainsKey(alias) || alias == name)
                {
                    throw new OpenSearchException(400, new ErrorCause("invalid_alias_name_exception",
                        $"Invalid alias name [{alias}], an index or data stream exists with the same name as the alias").With("index_uuid", "_na_").With("index", alias));
                }
            }

            var index = new EngineIndex(name, NodeIdentity.NewUuid(), NowMillis, settings, mapping, aliases, primaryTerm: 1, Host);
            var check = new IndexMapping(mapping, new FieldIdRegistry());
            if (check.TotalFields > settings.TotalFieldsLimit)
            {
                throw RequestErrors.IllegalArgument($"Limit of total fields [{settings.TotalFieldsLimit}] has been exceeded");
            }

            Register(index);
            using (new ChangeGateScope(Log))
            {
                Log?.Append(w => IndexRecords.WriteCreate(w, index, mapping, nextSeqNo: 0, nextOrdinal: 0));
            }

            return index;
        }
    }

    /// <summary>The index a write goes to: an existing one (or the single index behind an alias), else a new one (auto-create).</summary>
    public EngineIndex ForWrite(string name)
    {
        if (Find(name) is { } index)
        {
            return index;
        }

        if (IsAlias(name))
        {
            throw NoWriteIndex(name);
        }

        lock (_metadata)
        {
            return Find(name) ?? Create(name, IndexSettings.Parse(null), RootMapping.Empty, []);
        }
    }

    private static OpenSearchException NoWriteIndex(string alias) => RequestErrors.IllegalArgument(
        $"no write index is defined for alias [{alias}]. The write index may be explicitly disabled using is_write_index=false "
        + "or the alias points to multiple indices without one being designated as a write index");

    public void Delete(IReadOnlyList<EngineIndex> indices)
    {
        lock (_metadata)
        {
            foreach (var index in indices)
            {
                index.MarkDeleted();
                _indices = _indices.Remove(index.Name);
                using (new ChangeGateScope(Log))
                {
                    Log?.Append(w =>
                    {
                        w.WriteStartObject();
                        w.WriteString("op", "delete_index");
                        w.WriteString("index", index.Name);
                        w.WriteEndObject();
                    });
                }
            }
        }
    }

    /// <summary>The node stops: no more scheduled refreshes.</summary>
    public void Close()
    {
        foreach (var index in _indices.Values)
        {
            index.Close();
        }
    }

    /// <summary>Adds an index rebuilt from disk.</summary>
    public void Register(EngineIndex index)
    {
        lock (_metadata)
        {
            _indices = _indices.SetItem(index.Name, index);
        }
    }

    public void Unregister(string name)
    {
        lock (_metadata)
        {
            _indices = _indices.Remove(name);
        }
    }

    /// <summary>
    /// An index expression: comma-separated names, aliases and wildcards, <c>_all</c>; a missing concrete name is a
    /// 404 <c>index_not_found_exception</c> unless <paramref name="ignoreUnavailable"/>, a wildcard that matches
    /// nothing resolves to nothing, and resolving to nothing is a 404 when <paramref name="allowNoIndices"/> is false
    /// (IndexNameExpressionResolver).
    /// </summary>
    public IReadOnlyList<EngineIndex> Resolve(string? expression, bool ignoreUnavailable = false, bool allowNoIndices = true)
    {
        var resolved = ResolveAll(expression, ignoreUnavailable, allowNoIndices);
        return resolved.Count == 0 && !allowNoIndices ? throw IndexErrors.NoneResolved(expression ?? "_all") : resolved;
    }

    private IReadOnlyList<EngineIndex> ResolveAll(string? expression, bool ignoreUnavailable, bool allowNoIndices)
    {
        var indices = _indices;
        if (string.IsNullOrEmpty(expression) || expression is "_all" or "*")
        {
            return [.. indices.Values];
        }

        var result = new List<EngineIndex>();
        foreach (var part in expression.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith('-') && result.Count > 0)
            {
                var excluded = part[1..];
                result.RemoveAll(i => Glob.IsMatch(excluded, i.Name));
                continue;
            }

            if (Glob.HasWildcard(part))
            {
                var matched = indices.Values.Where(i => Glob.IsMatch(part, i.Name) || i.Aliases.Any(a => Glob.IsMatch(part, a))).ToList();
                if (matched.Count == 0 && !allowNoIndices)
                {
                    throw IndexErrors.NotFound(part);
                }

                result.AddRange(matched);
                continue;
            }

            if (indices.TryGetValue(part, out var index))
            {
                result.Add(index);
                continue;
            }

            var aliased = indices.Values.Where(i => i.Aliases.Contains(part)).ToList();
            if (aliased.Count > 0)
            {
                result.AddRange(aliased);
            }
            else if (!ignoreUnavailable)
            {
                throw IndexErrors.NotFound(part);
            }
        }

        return [.. result.Distinct()];
    }
}
