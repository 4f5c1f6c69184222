namespace PikaMigrate.Migrations.V0_11_0.Twins;

/// <summary>For one twin pair: the documents holding the source field, and those whose twin is missing or differs.</summary>
/// <param name="WithSource">Documents that hold the source field.</param>
/// <param name="MissingTwin">Of those, documents without the twin.</param>
/// <param name="DifferentTwin">Of those, documents whose twin holds another value.</param>
/// <param name="ComparedByReading">Documents whose values could not be compared by a query and were read and compared here.</param>
/// <param name="Method">How the counts were made, in a sentence.</param>
public sealed record TwinValueFinding(
    KeywordTwin Pair,
    long WithSource,
    long MissingTwin,
    long DifferentTwin,
    long ComparedByReading,
    IReadOnlyList<string> MissingExamples,
    IReadOnlyList<string> DifferentExamples,
    string Method)
{
    public bool Holds => MissingTwin == 0 && DifferentTwin == 0;

    /// <summary>Documents the copy would change.</summary>
    public long Pending => MissingTwin + DifferentTwin;
}
