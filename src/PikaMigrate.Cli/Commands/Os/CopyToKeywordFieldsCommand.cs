using System.ComponentModel;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core.Migrations;
using PikaMigrate.OpenSearch.Steps;
using Spectre.Console;

namespace PikaMigrate.Cli.Commands.Os;

[Description("Guide step A2: copy invocation_mode, user_type and source into their *_keyword fields (update_by_query task), then verify by counts.")]
internal sealed class CopyToKeywordFieldsCommand(Terminal terminal) : StepCommand<CopyToKeywordFieldsSettings>(terminal)
{
    protected override async Task<IMigrationStep> CreateStepAsync(StepCommandContext context, CopyToKeywordFieldsSettings settings, CancellationToken cancellationToken)
    {
        var client = await context.ConnectOpenSearchAsync(cancellationToken).ConfigureAwait(false);
        return new CopyToKeywordFieldsStep(client, context.Settings.SessionIndex, new CopyToKeywordFieldsOptions
        {
            ScrollSize = settings.ScrollSize,
            MaxRounds = settings.MaxRounds,
            RequestsPerSecond = settings.RequestsPerSecond,
        });
    }
}
