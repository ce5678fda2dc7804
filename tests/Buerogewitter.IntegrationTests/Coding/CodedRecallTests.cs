using Buerogewitter.Data.Analysis;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Buerogewitter.Web.Analysis;
using Dapper;

namespace Buerogewitter.IntegrationTests.Coding;

public sealed class CodedRecallTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_analysis_uses_the_supervised_model_when_it_beats_the_matcher_on_held_back_codes(string engine)
    {
        // The coder says every banana answer names priority 1; the matcher sees no priority in them.
        var world = await CodingWorld.CreateAsync(engine);
        await world.CodeAsync(AdminWorld.AlphaConsultant, world.Bananas.Take(30).Concat(world.Apples.Take(30)), [world.PriorityIds[0]]);

        var record = await new WaveAnalysis(new AnalysisStore(world.Admin.Db, TimeProvider.System)).RunAsync(world.ClosedWaveId, TestContext.Current.CancellationToken);

        Assert.Equal(WaveAnalysis.SupervisedEngine, record.Engine);
        var uncodedBananas = world.Bananas.Skip(30).ToList();
        Assert.All(record.Answers.Where(a => uncodedBananas.Contains(a.ResponseId)), a => Assert.Equal([world.PriorityIds[0]], a.Priorities));
        Assert.All(record.Answers.Where(a => world.Apples.Skip(30).Contains(a.ResponseId)), a => Assert.Empty(a.Priorities));
        await using var connection = await world.Admin.Db.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(WaveAnalysis.SupervisedEngine, await connection.ExecuteScalarAsync<string>(
            "SELECT engine FROM analysis WHERE wave_id = @ClosedWaveId", new { world.ClosedWaveId }));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_analysis_keeps_the_matcher_when_the_model_does_not_beat_it(string engine)
    {
        // The coder agrees with the matcher (no priority anywhere): the model cannot do better than kappa 1.
        var world = await CodingWorld.CreateAsync(engine);
        await world.CodeAsync(AdminWorld.AlphaConsultant, world.Bananas.Take(30).Concat(world.Apples.Take(30)), []);

        var record = await new WaveAnalysis(new AnalysisStore(world.Admin.Db, TimeProvider.System)).RunAsync(world.ClosedWaveId, TestContext.Current.CancellationToken);

        Assert.Equal(WaveAnalysis.Engine, record.Engine);
        Assert.All(record.Answers, a => Assert.Empty(a.Priorities));
    }

    [Fact]
    public async Task Fewer_than_fifty_codes_leave_the_analysis_to_the_matcher()
    {
        var world = await CodingWorld.CreateAsync(Engines.Sqlite);
        await world.CodeAsync(AdminWorld.AlphaConsultant, world.Bananas.Take(24).Concat(world.Apples.Take(25)), [world.PriorityIds[0]]);

        var record = await new WaveAnalysis(new AnalysisStore(world.Admin.Db, TimeProvider.System)).RunAsync(world.ClosedWaveId, TestContext.Current.CancellationToken);

        Assert.Equal(WaveAnalysis.Engine, record.Engine);
        Assert.All(record.Answers, a => Assert.Empty(a.Priorities));
    }
}
