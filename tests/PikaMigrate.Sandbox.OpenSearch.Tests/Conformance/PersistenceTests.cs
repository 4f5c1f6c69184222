using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

/// <summary>A data directory keeps indices across restarts: cleanly (snapshot) and after a crash (log replay).</summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("engine-data-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_clean_restart_keeps_mappings_documents_versions_and_stored_tasks()
    {
        string taskId;
        long nodeSeqNo;
        await using (var server = await OpenSearchEngineServer.StartAsync(new EngineOptions { DataDirectory = _directory }))
        {
            using var client = new EngineClient(server.Endpoint);
            await Seed(client);
            taskId = (await client.Post("/sessions/_update_by_query?wait_for_completion=false", """{"script":{"source":"ctx._source.copied = ctx._source.user_type"}}""")).Expect(200).String("task")!;
            await TaskPolling.UntilCompleted(client, taskId);
            nodeSeqNo = (await client.Get("/sessions/_doc/a")).Long("_seq_no");
        }

        await using (var restarted = await OpenSearchEngineServer.StartAsync(new EngineOptions { DataDirectory = _directory }))
        {
            using var client = new EngineClient(restarted.Endpoint);
            await AssertSeeded(client, versionOfB: 3);
            var doc = (await client.Get("/sessions/_doc/a")).Expect(200);
            Assert.Equal("internal-user", doc.String("_source.copied"));
            Assert.Equal(nodeSeqNo, doc.Long("_seq_no"));
            Assert.Equal(1, doc.Long("_primary_term"));
            var written = (await client.Put("/sessions/_doc/c", """{"user_type":"x"}""")).Expect(201);
            Assert.True(written.Long("_seq_no") > nodeSeqNo);
            Assert.Equal(2, written.Long("_primary_term"));
            Assert.Equal(2, (await client.Get($"/_tasks/{taskId}")).Expect(200).Long("response.updated"));
            Assert.Equal(2, await TitleRawCount(client));
        }
    }

    [Fact]
    public async Task A_data_directory_serves_one_engine_at_a_time()
    {
        await using var first = await OpenSearchEngineServer.StartAsync(new EngineOptions { DataDirectory = _directory });
        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => OpenSearchEngineServer.StartAsync(new EngineOptions { DataDirectory = _directory }));
        Assert.Contains("already using", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_crash_the_log_is_replayed_and_a_torn_last_record_is_skipped()
    {
        var crashCopy = Directory.CreateTempSubdirectory("engine-crash-").FullName;
        try
        {
            await using (var server = await OpenSearchEngineServer.StartAsync(new EngineOptions { DataDirectory = _directory }))
            {
                using var client = new EngineClient(server.Endpoint);
                await Seed(client);

                // What a killed process leaves: the files as they are now, before any shutdown snapshot.
                foreach (var file in Directory.EnumerateFiles(_directory).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
                {
                    File.Copy(file, Path.Combine(crashCopy, Path.GetFileName(file)));
                }
            }

            var log = Directory.EnumerateFiles(crashCopy, "log-*.ndjson").Single();
            await File.AppendAllTextAsync(log, """{"op":"index","index":"sessions","id":"torn","se""");
            await using var recovered = await OpenSearchEngineServer.StartAsync(new EngineOptions { DataDirectory = crashCopy });
            using var recoveredClient = new EngineClient(recovered.Endpoint);
            await AssertSeeded(recoveredClient, versionOfB: 2);
            Assert.Equal(404, (await recoveredClient.Get("/sessions/_doc/torn")).Status);

            // "a" was indexed before title.raw existed and never again, so (as in Lucene) it has no title.raw; "b" was updated after.
            Assert.Equal(1, await TitleRawCount(recoveredClient));
        }
        finally
        {
            Directory.Delete(crashCopy, recursive: true);
        }
    }

    private static async Task<long> TitleRawCount(EngineClient client) =>
        (await client.Search("sessions", """{"query":{"exists":{"field":"title.raw"}}}""")).Long("hits.total.value");

    private static async Task Seed(EngineClient client)
    {
        await client.CreateIndex("sessions", """{"properties":{"session_id":{"type":"keyword"},"title":{"type":"text"}}}""");
        await client.Index("sessions",
            ("a", new { session_id = "a", user_type = "internal-user", title = "first" }),
            ("b", new { session_id = "b", user_type = "external-user", title = "second" }),
            ("gone", new { session_id = "gone" }));
        (await client.Put("/sessions/_mapping", """{"properties":{"user_type_keyword":{"type":"keyword"},"title":{"type":"text","fields":{"raw":{"type":"keyword"}}}}}""")).Expect(200);
        (await client.Delete("/sessions/_doc/gone")).Expect(200);
        (await client.Post("/sessions/_update/b?refresh=true", """{"doc":{"user_type_keyword":"external-user"}}""")).Expect(200);
        (await client.Put("/sessions/_settings", """{"index":{"refresh_interval":"30s"}}""")).Expect(200);
    }

    private static async Task AssertSeeded(EngineClient client, long versionOfB)
    {
        var mapping = (await client.Get("/sessions/_mapping")).Expect(200);
        Assert.Equal("keyword", mapping.String("sessions.mappings.properties.user_type_keyword.type"));
        Assert.Equal("keyword", mapping.String("sessions.mappings.properties.title.fields.raw.type"));
        Assert.Equal("text", mapping.String("sessions.mappings.properties.user_type.type"));
        Assert.Equal("30s", (await client.Get("/sessions/_settings")).String("sessions.settings.index.refresh_interval"));

        // A recovered shard makes everything it recovered searchable.
        Assert.Equal(2, (await client.Get("/sessions/_count")).Long("count"));
        Assert.Equal(404, (await client.Get("/sessions/_doc/gone")).Status);
        var b = (await client.Get("/sessions/_doc/b")).Expect(200);
        Assert.Equal(versionOfB, b.Long("_version"));
        Assert.Equal(1, (await client.Search("sessions", """{"query":{"term":{"user_type_keyword":"external-user"}}}""")).Long("hits.total.value"));
        Assert.Equal(1, (await client.Search("sessions", """{"query":{"term":{"user_type.keyword":"internal-user"}}}""")).Long("hits.total.value"));
    }
}
