using Buerogewitter.Data.Participants;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Participants;

public sealed class RosterImportTests
{
    private const string Header = "email,name,side,tandem,language";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Import_of_a_valid_file_adds_everyone_with_their_tandems(string engine)
    {
        await CreateOrganisationAsync(engine);
        var file = await WriteAsync($"""
            {Header}
            anna.schmidt@example.com,Anna Schmidt,inside,Nord 1,de
            "ben.meyer@example.com","Meyer, Ben",field,Nord 1,de
            carla@example.com,Carla Rossi,lead,,en
            """);

        var result = await VerbRunner.RunAsync(engine, "import-roster", "--org", "acme", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 added", result.Out, StringComparison.Ordinal);
        var list = await VerbRunner.RunAsync(engine, "roster list", "--org", "acme");
        Assert.Equal(
            [
                "email,name,side,tandem,language,active",
                "anna.schmidt@example.com,Anna Schmidt,inside,Nord 1,de,yes",
                "ben.meyer@example.com,\"Meyer, Ben\",field,Nord 1,de,yes",
                "carla@example.com,Carla Rossi,lead,,en,yes",
            ],
            list.Out.TrimEnd().Split('\n'));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Import_accepts_semicolons_and_a_byte_order_mark_as_excel_writes_them(string engine)
    {
        await CreateOrganisationAsync(engine);
        var file = await WriteAsync("\uFEFFemail;name;side;tandem;language\r\nanna@example.com;Anna Groß;inside;Süd 2;de\r\n");

        var result = await VerbRunner.RunAsync(engine, "import-roster", "--org", "acme", file);

        Assert.Equal(0, result.ExitCode);
        var participants = await ListAsync(engine);
        Assert.Equal("Anna Groß", Assert.Single(participants).DisplayName);
        Assert.Equal("Süd 2", participants[0].Tandem);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Import_rejects_a_file_with_any_bad_row_and_writes_nothing(string engine)
    {
        await CreateOrganisationAsync(engine);
        var file = await WriteAsync($"""
            {Header}
            anna@example.com,Anna Schmidt,inside,Nord 1,de
            bob@example.com,Bob Berger,aussen,Nord 1,de
            not-an-address,Carl,field,,de
            dora@example.com,,field,,fr
            anna@example.com,Anna Again,inside,,de
            emil@example.com,Emil,field,Nord 2
            """);

        var result = await VerbRunner.RunAsync(engine, "import-roster", "--org", "acme", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 3: side 'aussen' is not one of inside, field, lead", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 4: email 'not-an-address' is not a valid e-mail address", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 5: name is empty", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 5: language 'fr' is not one of de, en", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 6: email 'anna@example.com' already appears on line 2", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 7: has 4 fields, the header has 5", result.Error, StringComparison.Ordinal);
        Assert.Empty(await ListAsync(engine));
        await using var connection = await (await TestDatabases.CurrentAsync(engine)).OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM tandem"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Import_rejects_unknown_columns_and_empty_files(string engine)
    {
        await CreateOrganisationAsync(engine);

        var unknown = await VerbRunner.RunAsync(engine, "import-roster", "--org", "acme",
            await WriteAsync("email,name,side,tandem,language,phone\na@example.com,A,inside,,de,0171\n"));
        var empty = await VerbRunner.RunAsync(engine, "import-roster", "--org", "acme", await WriteAsync(""));
        var headerOnly = await VerbRunner.RunAsync(engine, "import-roster", "--org", "acme", await WriteAsync(Header + "\n"));
        var missing = await VerbRunner.RunAsync(engine, "import-roster", "--org", "acme", "/nonexistent/roster.csv");

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("line 1: unknown column 'phone'", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("the file is empty", empty.Error, StringComparison.Ordinal);
        Assert.Equal(2, headerOnly.ExitCode);
        Assert.Contains("no participants", headerOnly.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("cannot read /nonexistent/roster.csv", missing.Error, StringComparison.Ordinal);
        Assert.Empty(await ListAsync(engine));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Reimport_updates_by_email_and_deactivates_only_when_asked(string engine)
    {
        await CreateOrganisationAsync(engine);
        await VerbRunner.RunAsync(engine, "import-roster", "--org", "acme", await WriteAsync($"""
            {Header}
            anna@example.com,Anna Schmidt,inside,Nord 1,de
            ben@example.com,Ben Meyer,field,Nord 1,de
            """));

        var update = await VerbRunner.RunAsync(engine, "import-roster", "--org", "acme", await WriteAsync($"""
            {Header}
            ANNA@example.com,Anna Schmidt-Weber,inside,Nord 2,en
            """));
        var afterUpdate = await ListAsync(engine);
        var deactivate = await VerbRunner.RunAsync(engine, "import-roster", "--org", "acme", "--deactivate-missing", await WriteAsync($"""
            {Header}
            anna@example.com,Anna Schmidt-Weber,inside,Nord 2,en
            """));
        var afterDeactivate = await ListAsync(engine);

        Assert.Contains("0 added, 1 updated, 0 unchanged, 0 deactivated", update.Out, StringComparison.Ordinal);
        Assert.Equal(2, afterUpdate.Count);
        Assert.All(afterUpdate, p => Assert.True(p.Active));
        var anna = afterUpdate.Single(p => p.Email == "anna@example.com");
        Assert.Equal(("Anna Schmidt-Weber", "Nord 2", "en"), (anna.DisplayName, anna.Tandem, anna.Language));
        Assert.Contains("0 added, 0 updated, 1 unchanged, 1 deactivated", deactivate.Out, StringComparison.Ordinal);
        Assert.False(afterDeactivate.Single(p => p.Email == "ben@example.com").Active);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Two_concurrent_imports_leave_each_person_once(string engine)
    {
        await CreateOrganisationAsync(engine);
        var people = Enumerable.Range(1, 60).Select(i => $"p{i}@example.com,Person {i},{(i % 2 == 0 ? "inside" : "field")},T{i % 5},de").ToList();
        var first = await WriteAsync(Header + "\n" + string.Join('\n', people.Take(40)));
        var second = await WriteAsync(Header + "\n" + string.Join('\n', people.Skip(20)));

        var results = await Task.WhenAll(
            VerbRunner.RunAsync(engine, "import-roster", "--org", "acme", first),
            VerbRunner.RunAsync(engine, "import-roster", "--org", "acme", second));

        Assert.All(results, r => Assert.Equal(0, r.ExitCode));
        var participants = await ListAsync(engine);
        Assert.Equal(60, participants.Count);
        Assert.Equal(5, participants.Select(p => p.Tandem).Distinct().Count());
    }

    private static async Task CreateOrganisationAsync(string engine)
    {
        await TestDatabases.ResetAsync(engine);
        var created = await VerbRunner.RunAsync(engine, "org create", "--slug", "acme", "--name", "ACME Vertrieb GmbH");
        Assert.Equal(0, created.ExitCode);
    }

    private static async Task<IReadOnlyList<Participant>> ListAsync(string engine)
    {
        var db = await TestDatabases.CurrentAsync(engine);
        await using var connection = await db.OpenAsync();
        var organisationId = await connection.ExecuteScalarAsync<long>("SELECT id FROM organisation WHERE slug = 'acme'");
        return await new ParticipantStore(db, TimeProvider.System).ListAsync(organisationId);
    }

    private static async Task<string> WriteAsync(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, content);
        return path;
    }
}
