using PikaMigrate.Sandbox.Painless.Syntax;

namespace PikaMigrate.Sandbox.Painless.Parsing;

/// <summary>A lexical scope of locals. Painless forbids shadowing, so lookups and redeclaration checks walk all parents.</summary>
internal sealed class Scope(Scope? parent)
{
    private readonly Dictionary<string, LocalVariable> _variables = new(StringComparer.Ordinal);

    public Scope? Parent { get; } = parent;

    public LocalVariable? Find(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope._variables.TryGetValue(name, out var variable))
            {
                return variable;
            }
        }

        return null;
    }

    public void Add(LocalVariable variable) => _variables.Add(variable.Name, variable);
}
