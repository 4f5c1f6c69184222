using PikaMigrate.Migrations.Commands;

namespace PikaMigrate.Migrations;

/// <summary>Receives a step definition with its settings type known (the CLI registers a typed command per step).</summary>
public interface IStepDefinitionVisitor
{
    void Visit<TSettings>(StepDefinition<TSettings> step)
        where TSettings : WriteCommandSettings, new();
}
