namespace PikaMigrate.Sandbox.OpenSearch.Errors;

/// <summary>Index-level errors with the reasons and metadata OpenSearch prints.</summary>
internal static class IndexErrors
{
    public static OpenSearchException NotFound(string index) => new(404,
        new ErrorCause("index_not_found_exception", $"no such index [{index}]")
            .With("index", index).With("resource.id", index).With("resource.type", "index_or_alias").With("index_uuid", "_na_"));

    /// <summary>An expression that resolved to no index where indices are required (<c>allow_no_indices=false</c>).</summary>
    public static OpenSearchException NoneResolved(string expression) => new(404,
        new ErrorCause("index_not_found_exception", "no such index [null]").With("resource.type", "index_expression").With("resource.id", expression));

    public static OpenSearchException AlreadyExists(string index, string uuid) => new(400,
        new ErrorCause("resource_already_exists_exception", $"index [{index}/{uuid}] already exists")
            .With("index_uuid", uuid).With("index", index));

    public static OpenSearchException InvalidName(string index, string why) => new(400,
        new ErrorCause("invalid_index_name_exception", $"Invalid index name [{index}], {why}")
            .With("index_uuid", "_na_").With("index", index));

    public static OpenSearchException UnknownSetting(string key) => RequestErrors.IllegalArgument(
        $"unknown setting [{key}] please check that any required plugins are installed, or check the breaking changes documentation for removed settings");
}
