using PikaMigrate.Sandbox.OpenSearch.Http;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary>One endpoint family's routes.</summary>
internal interface IRestHandler
{
    IEnumerable<Route> Routes();
}
