using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using PikaMigrate.Core;
using PikaMigrate.Migrations;
using PikaMigrate.Migrations.Commands;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>
/// Checks the value of every option that takes one before the parser binds it: a number where one is due, within its
/// range, one of the values an enumerated option allows, never empty or missing. The parser's own messages ("Failed to
/// convert 'many' to Nullable`1") name neither the option nor what it takes, and an empty number passes as unset; these
/// name both, before anything is connected. The options are read from the settings classes, so a new option is covered
/// by declaring its type and its range ([Range], [AllowedValues]).
/// </summary>
internal sealed class OptionValues
{
    private readonly Dictionary<string, OptionSpec> _valued;
    private readonly HashSet<string> _names;

    private OptionValues(Dictionary<string, OptionSpec> valued, HashSet<string> names)
    {
        _valued = valued;
        _names = names;
    }

    /// <summary>The options of the tool's own commands and of every step command of the catalog.</summary>
    /// <exception cref="InvalidOperationException">Two commands declare one option name differently.</exception>
    public static OptionValues Of(MigrationCatalog catalog)
    {
        var settings = typeof(CommandLine).Assembly.GetTypes().Where(t => typeof(CommandSettings).IsAssignableFrom(t)).ToList();
        var steps = new StepSettingsTypes();
        foreach (var step in catalog.Migrations.SelectMany(m => m.Steps))
        {
            step.Accept(steps);
        }

        var valued = new Dictionary<string, OptionSpec>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in settings.Concat(steps.Types).SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)).Distinct())
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option)
            {
                continue;
            }

            var template = option.LongNames.Select(n => "--" + n).Concat(option.ShortNames.Select(n => "-" + n)).ToList();
            names.UnionWith(template);
            if (option.ValueName is null)
            {
                continue;
            }

            var spec = new OptionSpec(
                template,
                Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType,
                property.GetCustomAttribute<RangeAttribute>(),
                property.GetCustomAttribute<AllowedValuesAttribute>(),
                property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? string.Empty);
            foreach (var name in template)
            {
                if (valued.TryGetValue(name, out var other) && other.Takes != spec.Takes && other.Type != typeof(string))
                {
                    throw new InvalidOperationException($"Two commands declare {name} differently: {other.Takes}, and {spec.Takes}.");
                }

                valued.TryAdd(name, spec);
            }
        }

        return new OptionValues(valued, names);
    }

    /// <summary>The first option whose value is missing or refused, as a preflight error; null when every value is taken.</summary>
    public PreflightException? Check(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                break;
            }

            var (name, inline) = args[i].IndexOf('=', StringComparison.Ordinal) is var equals and > 0 && args[i].StartsWith('-')
                ? (args[i][..equals], args[i][(equals + 1)..])
                : (args[i], null);
            if (!_valued.TryGetValue(name, out var spec))
            {
                continue;
            }

            string? value = inline;
            if (value is null && i + 1 < args.Count && !_names.Contains(args[i + 1].Split('=')[0]))
            {
                value = args[++i];
            }

            var refused = value is null ? $"{name} needs a value: {spec.Takes}." : spec.Refuse(name, value);
            if (refused is not null)
            {
                return new PreflightException(refused, $"Give {name} {spec.Takes}, or leave the option out for its default (`pika-migrate <command> --help` lists the options).");
            }
        }

        return null;
    }

    private sealed class StepSettingsTypes : IStepDefinitionVisitor
    {
        public List<Type> Types { get; } = [];

        public void Visit<TSettings>(StepDefinition<TSettings> step)
            where TSettings : WriteCommandSettings, new() => Types.Add(typeof(TSettings));
    }
}
