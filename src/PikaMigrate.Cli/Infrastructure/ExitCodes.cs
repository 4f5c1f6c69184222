namespace PikaMigrate.Cli.Infrastructure;

/// <summary>The process exit codes README.md documents.</summary>
internal static class ExitCodes
{
    /// <summary>Done, and (for verify) fully migrated.</summary>
    public const int Success = 0;

    /// <summary>The run finished with failures, or verify found the data not fully migrated.</summary>
    public const int Failed = 1;

    /// <summary>Bad configuration or environment (missing table/index, wrong endpoint, permissions); nothing written.</summary>
    public const int Preflight = 2;

    /// <summary>Another run holds the lock.</summary>
    public const int Locked = 3;

    /// <summary>The operator declined the plan or interrupted the run.</summary>
    public const int Cancelled = 130;
}
