using System.Runtime.CompilerServices;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>Stack space for the arguments of a two-argument call, so calls like <c>put(k, v)</c> do not allocate.</summary>
[InlineArray(2)]
internal struct ArgumentBuffer
{
    private object? _element;
}
