using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Workshops;
using Buerogewitter.Data.Workshops;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Dapper;

namespace Buerogewitter.IntegrationTests.Workshops;

public sealed class WorkshopRecordStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static WorkshopRecord Sample(string suffix = "") => new(new DateOnly(2027, 3, 10), "Kim Moderation", "Lösung für Angebotszeiten" + suffix, "Angebote dauern zu lange.",
        [new(Side.Inside, CardKinds.Problem, "Anfragen kommen unvollständig."), new(Side.Field, CardKinds.Problem, "Angebote dauern acht Tage."),
         new(Side.Inside, CardKinds.Solution, "Checkliste im CRM."), new(Side.Field, CardKinds.Matters, "Schnelle Reaktion.")],
        [new(1, "Checkliste", "Ina Innen", "Aldo Außen", new DateOnly(2027, 4, 1), MeasureStatuses.Open),
         new(2, "Montagsrunde", "Ines Innen", "Axel Außen", new DateOnly(2027, 4, 15), MeasureStatuses.InProgress),
         new(3, "Rabattmatrix", "Iris Innen", "Anton Außen", new DateOnly(2027, 5, 1), MeasureStatuses.Open)]);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_workshop_is_stored_read_back_and_edited_while_its_measures_keep_their_ids(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var store = new WorkshopRecordStore(world.Db, TimeProvider.System);

        var id = (await store.CreateAsync(world.AlphaId, Sample(), Ct)).Id;
        var stored = (await store.LoadAsync(world.AlphaId, id, Ct))!;
        var edited = Sample(" (überarbeitet)") with
        {
            Cards = [new(Side.Field, CardKinds.Expectation, "Rückmeldung am selben Tag.")],
            Measures = [.. Sample().Measures.Select(m => m.Position == 2 ? m with { Status = MeasureStatuses.Done, Title = "Montagsrunde, 15 Minuten" } : m)],
        };
        Assert.True((await store.UpdateAsync(world.AlphaId, id, edited, Ct))!.Saved);
        var reloaded = (await store.LoadAsync(world.AlphaId, id, Ct))!;

        Assert.Equal(Sample().Cards, stored.Cards);
        Assert.Equal(Sample().Measures, stored.Measures.Select(m => m with { Id = 0 }));
        Assert.Equal("Lösung für Angebotszeiten (überarbeitet)", reloaded.Goal);
        Assert.Equal([new WorkshopCard(Side.Field, CardKinds.Expectation, "Rückmeldung am selben Tag.")], reloaded.Cards);
        Assert.Equal(stored.Measures.Select(m => m.Id), reloaded.Measures.Select(m => m.Id));
        Assert.Equal((MeasureStatuses.Done, "Montagsrunde, 15 Minuten"), (reloaded.Measures[1].Status, reloaded.Measures[1].Title));
        Assert.Equal([id], (await store.ListAsync(world.AlphaId, Ct)).Select(w => w.Id));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Issue18_the_store_refuses_two_measures_and_removing_agreed_ones_and_changes_nothing(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var store = new WorkshopRecordStore(world.Db, TimeProvider.System);
        var id = (await store.CreateAsync(world.AlphaId, Sample(), Ct)).Id;

        var two = await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync(world.AlphaId, Sample() with { Measures = Sample().Measures.Take(2).ToList() }, Ct));
        var none = await Assert.ThrowsAsync<ArgumentException>(() => store.UpdateAsync(world.AlphaId, id, Sample(" (ohne)") with { Measures = [] }, Ct));

        Assert.Contains("Measures: NoneOrThreeMeasures", two.Message, StringComparison.Ordinal);
        Assert.Contains("Measures: MeasuresStay", none.Message, StringComparison.Ordinal);
        Assert.Equal([id], (await store.ListAsync(world.AlphaId, Ct)).Select(w => w.Id));
        var stored = (await store.LoadAsync(world.AlphaId, id, Ct))!;
        Assert.Equal((Sample().Goal, 3), (stored.Goal, stored.Measures.Count));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Another_organisations_workshop_id_reads_nothing_and_changes_nothing(string engine)
    {
        var world = await AdminWorld.CreateAsync(engine);
        var store = new WorkshopRecordStore(world.Db, TimeProvider.System);
        var demoBefore = await store.LoadAsync(world.DemoId, world.DemoWorkshopId, Ct);

        Assert.Null(await store.LoadAsync(world.AlphaId, world.DemoWorkshopId, Ct));
        Assert.Null(await store.UpdateAsync(world.AlphaId, world.DemoWorkshopId, Sample(), Ct));
        Assert.Empty(await store.CheckCountsAsync(world.AlphaId, world.DemoWorkshopId, Ct));

        var demoAfter = (await store.LoadAsync(world.DemoId, world.DemoWorkshopId, Ct))!;
        Assert.Equal(demoBefore!.Goal, demoAfter.Goal);
        Assert.Equal(demoBefore.Cards, demoAfter.Cards);
        await using var connection = await world.Db.OpenAsync(Ct);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM workshop WHERE organisation_id = @AlphaId", new { world.AlphaId }));
    }
}
