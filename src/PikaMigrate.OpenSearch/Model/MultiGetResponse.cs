namespace PikaMigrate.OpenSearch.Model;

public sealed record MultiGetResponse(IReadOnlyList<MultiGetDocument> Docs);
