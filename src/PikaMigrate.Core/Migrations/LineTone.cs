namespace PikaMigrate.Core.Migrations;

public enum LineTone
{
    Plain,
    Success,
    Failure,
}
