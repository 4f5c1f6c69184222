namespace PikaMigrate.Core.Migrations;

/// <summary>Why a step cannot run as things stand, and what the operator should do about it.</summary>
public sealed record Blocker(string Problem, string Fix);
