namespace PikaMigrate.Core.Migrations;

/// <summary>One line of a step's closing block; the tone says how a terminal colours it.</summary>
public sealed record ClosingLine(string Text, LineTone Tone = LineTone.Plain)
{
    public static ClosingLine Success(string text) => new(text, LineTone.Success);

    public static ClosingLine Failure(string text) => new(text, LineTone.Failure);
}
