using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>Where one command writes: human text, and with <c>--json</c> one JSON document (or lines) on stdout.</summary>
internal sealed class CommandOutput
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly Terminal _terminal;

    public CommandOutput(Terminal terminal, bool json)
    {
        _terminal = terminal;
        Json = json;
        Human = terminal.CreateHumanConsole(json);
    }

    public bool Json { get; }

    public IAnsiConsole Human { get; }

    public bool IsInteractive => _terminal.IsInteractive;

    public void WriteJson<T>(T value)
    {
        _terminal.StandardOutput.WriteLine(JsonSerializer.Serialize(value, JsonOptions));
        _terminal.StandardOutput.Flush();
    }

    /// <summary>A line of plain text, never parsed as Spectre markup (values may hold brackets).</summary>
    public void Line(string text = "") => Human.WriteLine(text);

    public void Markup(string markup) => Human.MarkupLine(markup);
}
