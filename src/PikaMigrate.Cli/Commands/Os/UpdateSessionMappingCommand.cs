using System.ComponentModel;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Cli.Settings;
using PikaMigrate.Core.Migrations;
using PikaMigrate.OpenSearch.Steps;
using Spectre.Console;

namespace PikaMigrate.Cli.Commands.Os;

[Description("Guide step A1: add invocation_mode_keyword, user_type_keyword and source_keyword (keyword) to the session index mapping.")]
internal sealed class UpdateSessionMappingCommand(Terminal terminal) : StepCommand<WriteCommandSettings>(terminal)
{
    protected override async Task<IMigrationStep> CreateStepAsync(StepCommandContext context, WriteCommandSettings settings, CancellationToken cancellationToken)
    {
        var client = await context.ConnectOpenSearchAsync(cancellationToken).ConfigureAwait(false);
        return new UpdateSessionMappingStep(client, context.Settings.SessionIndex);
    }
}
