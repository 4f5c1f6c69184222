namespace PikaMigrate.Sandbox.OpenSearch.Errors;

/// <summary>Document write and read errors (version conflicts, missing documents, parse failures).</summary>
internal static class DocumentErrors
{
    public static ErrorCause VersionConflict(string index, string uuid, string id, string detail) =>
        new ErrorCause("version_conflict_engine_exception", $"[{id}]: version conflict, {detail}")
            .With("index_uuid", uuid).With("shard", "0").With("index", index);

    public static ErrorCause DocumentMissing(string index, string uuid, string id) =>
        new ErrorCause("document_missing_exception", $"[{id}]: document missing")
            .With("index_uuid", uuid).With("shard", "0").With("index", index);

    public static string AlreadyExists(long currentVersion) => $"document already exists (current version [{currentVersion}])";

    public static string SeqNoMismatch(long requiredSeqNo, long requiredTerm, long seqNo, long term) =>
        $"required seqNo [{requiredSeqNo}], primary term [{requiredTerm}]. current document has seqNo [{seqNo}] and primary term [{term}]";

    public static string SeqNoButMissing(long requiredSeqNo, long requiredTerm) =>
        $"required seqNo [{requiredSeqNo}], primary term [{requiredTerm}]. but no document was found";

    /// <summary>VersionType.EXTERNAL (equal conflicts too) and EXTERNAL_GTE (only a higher current version conflicts).</summary>
    public static string ExternalVersion(long current, long provided, bool gte) =>
        gte
            ? $"current version [{current}] is higher than the one provided [{provided}]"
            : $"current version [{current}] is higher or equal to the one provided [{provided}]";

    public static ErrorCause MapperParsing(string reason, ErrorCause? causedBy = null) =>
        new("mapper_parsing_exception", reason) { CausedBy = causedBy };

    public static ErrorCause FieldParse(string field, string type, string id, string preview, ErrorCause? causedBy) =>
        MapperParsing($"failed to parse field [{field}] of type [{type}] in document with id '{id}'. Preview of field's value: '{preview}'", causedBy);

    public static ErrorCause StrictDynamic(string field, string within) =>
        new("strict_dynamic_mapping_exception", $"mapping set to strict, dynamic introduction of [{field}] within [{within}] is not allowed");
}
