using Buerogewitter.Core.Surveys;
using Buerogewitter.Data.Analysis;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Pulses;
using Buerogewitter.Data.Surveys;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;
using MimeKit;

namespace Buerogewitter.IntegrationTests.Strategy;

public sealed class StrategyVerbTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("bg-strategy-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_an_organisation_goes_from_org_create_to_a_sent_wave_with_commands_only(string engine)
    {
        var db = await TestDatabases.ResetAsync(engine);
        var outbox = Path.Combine(folder, "outbox");
        var settings = new Dictionary<string, string?> { ["Mail:PickupFolder"] = outbox };
        var priorities = Write("priorities.csv", """
            id,text,text_en,examples
            P1,Neukunden in der Lebensmittelindustrie gewinnen,Win new customers in the food industry,Neukunden;NK;new accounts
            P2,Jedes Standardangebot binnen 48 Stunden,Every standard quote within 48 hours,48h;schnelle Angebote
            P3,Marge vor Menge,,Rabattmatrix
            """);
        var roster = Write("roster.csv", """
            email,name,side,tandem,language
            anna.schmidt@kunde.example,Anna Schmidt,inside,Nord 1,de
            ben.meyer@kunde.example,Ben Meyer,field,Nord 1,en
            carla.wolf@kunde.example,Carla Wolf,lead,,de
            """);

        var created = await VerbRunner.RunAsync(engine, settings, "org", "create", "--slug", "kunde", "--name", "Kunde GmbH");
        var strategy = await VerbRunner.RunAsync(engine, settings, "strategy", "set", "--org", "kunde", "--file", priorities,
            "--effective-from", "2027-01-04", "--note", "Start");
        var imported = await VerbRunner.RunAsync(engine, settings, "import-roster", "--org", "kunde", roster);
        var opened = await VerbRunner.RunAsync(engine, settings, "wave", "open", "--org", "kunde");

        Assert.True(created.ExitCode == 0, created.Error);
        Assert.True(strategy.ExitCode == 0, strategy.Error);
        Assert.Contains("kunde: strategy version 1 with 3 priorities, effective from 2027-01-04", strategy.Out, StringComparison.Ordinal);
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.True(opened.ExitCode == 0, opened.Error);
        Assert.Contains("3 invitations sent", opened.Out, StringComparison.Ordinal);
        var mails = Directory.GetFiles(outbox, "*.eml").Select(f => MimeMessage.Load(f)).ToList();
        Assert.Equal(
            ["anna.schmidt@kunde.example", "ben.meyer@kunde.example", "carla.wolf@kunde.example"],
            mails.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        // The questions the wave asks are the default questionnaire; the analysis will see the English wordings.
        var organisation = (await new OrganisationStore(db, TimeProvider.System).FindAsync("kunde", Ct))!;
        Assert.Equal(DefaultQuestionnaire.Template.Items, (await new TemplateAdminStore(db, TimeProvider.System).CurrentAsync(organisation.Id, Ct))!.Items);
        var wave = (await new WaveStore(db, TimeProvider.System).ListAsync(organisation.Id, Ct)).Single();
        var input = await new AnalysisStore(db, TimeProvider.System).LoadInputAsync(wave.Id, Ct);
        Assert.Equal(["Win new customers in the food industry", "Every standard quote within 48 hours", null], input.Priorities.Select(p => p.TextEn));
        Assert.Equal("Neukunden\nNK\nnew accounts", input.Priorities[0].Examples);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_strategy_set_reports_every_bad_row_with_its_line_exits_2_and_writes_nothing(string engine)
    {
        var db = await TestDatabases.ResetAsync(engine);
        Assert.Equal(0, (await VerbRunner.RunAsync(engine, "org", "create", "--slug", "kunde", "--name", "Kunde GmbH")).ExitCode);
        var file = Write("bad.csv", "id,text\nP1,Neukunden\nP1,Angebote\nP3,\n");

        var result = await VerbRunner.RunAsync(engine, "strategy", "set", "--org", "kunde", "--file", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
        [
            $"{file}: line 3: id 'P1' already appears on line 2",
            $"{file}: line 4: text is empty",
            "nothing was written: 2 problem(s)",
        ], result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        await using var connection = await db.OpenAsync(Ct);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM strategy_version"));
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM priority"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue16_strategy_list_prints_the_versions_newest_first_and_a_version_cannot_start_before_the_current_one(string engine)
    {
        await TestDatabases.ResetAsync(engine);
        Assert.Equal(0, (await VerbRunner.RunAsync(engine, "org", "create", "--slug", "kunde", "--name", "Kunde GmbH")).ExitCode);
        var first = Write("v1.csv", "id;text;text_en;examples\n1;Neukunden;New customers;\"NK; Neukunden\"\n2;Angebote in 48 Stunden;;\n3;Marge vor Menge;;\n");
        var second = Write("v2.csv", "id,text\n1,Key Accounts entwickeln\n2,Service ausbauen\n3,Export nach Polen\n4,Marge vor Menge\n");
        Assert.Equal(0, (await VerbRunner.RunAsync(engine, "strategy", "set", "--org", "kunde", "--file", first, "--effective-from", "2027-01-01")).ExitCode);

        var backdated = await VerbRunner.RunAsync(engine, "strategy", "set", "--org", "kunde", "--file", second, "--effective-from", "2026-12-01");
        var badDate = await VerbRunner.RunAsync(engine, "strategy", "set", "--org", "kunde", "--file", second, "--effective-from", "01.04.2027");
        var saved = await VerbRunner.RunAsync(engine, "strategy", "set", "--org", "kunde", "--file", second, "--effective-from", "2027-04-01", "--note", "Q2");
        var list = await VerbRunner.RunAsync(engine, "strategy", "list", "--org", "kunde");

        Assert.Equal(2, backdated.ExitCode);
        Assert.Contains("--effective-from: the new version cannot take effect on 2026-12-01, before the current one (2027-01-01)", backdated.Error, StringComparison.Ordinal);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Equal(0, saved.ExitCode);
        Assert.Equal(
        [
            "version 2, effective from 2027-04-01, used by new waves: Q2",
            "  1. Key Accounts entwickeln",
            "  2. Service ausbauen",
            "  3. Export nach Polen",
            "  4. Marge vor Menge",
            "version 1, effective from 2027-01-01",
            "  1. Neukunden | en: New customers | examples: NK; Neukunden",
            "  2. Angebote in 48 Stunden",
            "  3. Marge vor Menge",
        ], list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
