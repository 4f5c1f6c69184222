using PikaMigrate.Sandbox.Dataset;

namespace PikaMigrate.Testing.Data;

/// <summary>The guide's example data, scaled down so a test runs in seconds.</summary>
public static class GuideShape
{
    /// <summary>400 sessions over 40 users, 30 already typed, every 10th user absent from chat-user; fixed dates.</summary>
    public static readonly DatasetOptions Small = new()
    {
        Sessions = 400,
        Users = 40,
        PreTyped = 30,
        MissingUserEvery = 10,
        EndDate = new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero),
    };
}
