namespace PikaMigrate.Sandbox.Dataset;

public sealed record SeedUser(string UserId, string UserType, string FirstName, string LastName, DateTimeOffset Created);
