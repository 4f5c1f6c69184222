namespace PikaMigrate.OpenSearch.Model;

public sealed record TermsBucket(string Key, long DocCount);
