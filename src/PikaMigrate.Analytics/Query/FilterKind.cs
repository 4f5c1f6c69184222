namespace PikaMigrate.Analytics.Query;

internal enum FilterKind
{
    DateRange,
    InvocationMode,
    UserType,
    ChatApp,
    Entity,
    Source,
}
