namespace PikaMigrate.Sandbox.Painless.Errors;

/// <summary>The <c>caused_by.type</c> names OpenSearch derives from the Java exception classes.</summary>
internal static class CauseTypes
{
    public const string IllegalArgument = "illegal_argument_exception";
    public const string NullPointer = "null_pointer_exception";
    public const string ClassCast = "class_cast_exception";
    public const string IndexOutOfBounds = "index_out_of_bounds_exception";
    public const string StringIndexOutOfBounds = "string_index_out_of_bounds_exception";
    public const string Arithmetic = "arithmetic_exception";
    public const string UnsupportedOperation = "unsupported_operation_exception";
    public const string ConcurrentModification = "concurrent_modification_exception";
    public const string PainlessError = "painless_error";
}
