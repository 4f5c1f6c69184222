namespace PikaMigrate.OpenSearch.Tasks;

/// <summary>The answer to a task's start was lost and whether the task started cannot be told: nothing is started again.</summary>
public sealed class TaskStartUnknownException(string message, Exception innerException) : Exception(message, innerException);
