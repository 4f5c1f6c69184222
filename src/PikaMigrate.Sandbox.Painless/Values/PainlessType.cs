namespace PikaMigrate.Sandbox.Painless.Values;

/// <summary>The declarable types of the supported subset (locals, casts, <c>instanceof</c>, <c>new</c>).</summary>
internal enum PainlessType
{
    Def,
    Object,
    Boolean,
    BoxedBoolean,
    Int,
    BoxedInt,
    Long,
    BoxedLong,
    Float,
    BoxedFloat,
    Double,
    BoxedDouble,
    Number,
    String,
    Map,
    HashMap,
    List,
    ArrayList,
}
