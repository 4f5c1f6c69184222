namespace PikaMigrate.OpenSearch.Model;

public sealed record CountResponse(long Count);
