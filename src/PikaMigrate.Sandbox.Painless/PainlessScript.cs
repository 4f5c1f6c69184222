namespace PikaMigrate.Sandbox.Painless;

/// <summary>Placeholder replaced by the Painless interpreter.</summary>
public sealed class PainlessScript;
