using PikaMigrate.Sandbox.OpenSearch.Columns;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Indices;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary>
/// The leaf queries: everything, nothing, a test on one field's terms or numbers (or on its presence), ids, a
/// predicate on the whole document, and a constant-score wrapper. A test on a field gives the same answer
/// whether it reads the document or the view's column, since both hold the same arrays.
/// </summary>
internal static class Matchers
{
    public static Query All(double boost = 1.0) => new Everything(boost);

    public static Query None() => new Nothing();

    public static Query Where(Func<StoredDocument, bool> predicate, double boost = 1.0) => new Predicate(predicate, boost);

    /// <summary>Documents whose terms for the field pass <paramref name="test"/> (documents without terms never do).</summary>
    public static Query OnTerms(int fieldId, Func<string[], bool> test, double boost) => new TermsTest(fieldId, test, boost);

    /// <summary>Documents whose numbers for the field pass <paramref name="test"/> (documents without numbers never do).</summary>
    public static Query OnNumbers(int fieldId, Func<ReadOnlySpan<double>, bool> test, double boost) => new NumbersTest(fieldId, test, boost);

    /// <summary>Documents that have any of the fields.</summary>
    public static Query Present(int[] fieldIds, double boost) => new AnyPresent(fieldIds, boost);

    public static Query Ids(IReadOnlySet<string> ids, double boost) => new IdsIn(ids, boost);

    public static Query ConstantScore(Query inner, double boost) => new Scored(inner, boost);

    /// <summary>Every document: searches can count without looking at them.</summary>
    public sealed class Everything(double boost) : Query
    {
        public override bool Matches(StoredDocument doc) => true;

        public override double Score(StoredDocument doc) => boost;

        public override DocIdSet Select(SearchView view) => DocIdSet.All(view.Count);
    }

    private sealed class Nothing : Query
    {
        public override bool Matches(StoredDocument doc) => false;

        public override double Score(StoredDocument doc) => 0;

        public override DocIdSet Select(SearchView view) => DocIdSet.Empty(view.Count);
    }

    private sealed class Predicate(Func<StoredDocument, bool> predicate, double score) : Query
    {
        public override bool Matches(StoredDocument doc) => predicate(doc);

        public override double Score(StoredDocument doc) => score;
    }

    private sealed class TermsTest(int fieldId, Func<string[], bool> test, double boost) : Query
    {
        public override bool Matches(StoredDocument doc) => doc.Fields.Terms(fieldId) is { } terms && test(terms);

        public override double Score(StoredDocument doc) => boost;

        public override DocIdSet Select(SearchView view)
        {
            var column = view.Column(fieldId);
            return DocIdSet.Where(view.Count, doc => column.Terms(doc) is { } terms && test(terms));
        }
    }

    private sealed class NumbersTest(int fieldId, Func<ReadOnlySpan<double>, bool> test, double boost) : Query
    {
        public override bool Matches(StoredDocument doc) => doc.Fields.Numbers(fieldId) is { } numbers && test(numbers);

        public override double Score(StoredDocument doc) => boost;

        public override DocIdSet Select(SearchView view)
        {
            var column = view.Column(fieldId);
            return DocIdSet.Where(view.Count, doc => column.Numbers(doc) is { IsEmpty: false } numbers && test(numbers));
        }
    }

    private sealed class AnyPresent(int[] fieldIds, double boost) : Query
    {
        public override bool Matches(StoredDocument doc) => fieldIds.Any(doc.Fields.Has);

        public override double Score(StoredDocument doc) => boost;

        public override DocIdSet Select(SearchView view)
        {
            var set = DocIdSet.Empty(view.Count);
            foreach (var column in fieldIds.Select(view.Column))
            {
                for (var doc = 0; doc < view.Count; doc++)
                {
                    if (column.Has(doc))
                    {
                        set.Add(doc);
                    }
                }
            }

            return set;
        }
    }

    private sealed class IdsIn(IReadOnlySet<string> ids, double boost) : Query
    {
        public override bool Matches(StoredDocument doc) => ids.Contains(doc.Id);

        public override double Score(StoredDocument doc) => boost;

        public override DocIdSet Select(SearchView view)
        {
            var set = DocIdSet.Empty(view.Count);
            foreach (var id in ids)
            {
                if (view.PositionOf(id) is { } position)
                {
                    set.Add(position);
                }
            }

            return set;
        }
    }

    private sealed class Scored(Query inner, double boost) : Query
    {
        public override bool Matches(StoredDocument doc) => inner.Matches(doc);

        public override double Score(StoredDocument doc) => boost;

        public override DocIdSet Select(SearchView view) => inner.Select(view);
    }
}
