using System.Net;
using Buerogewitter.Data.Admin;
using Buerogewitter.IntegrationTests.Admin;
using Buerogewitter.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Buerogewitter.IntegrationTests.Workshops;

public sealed class BenchmarkPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_consultant_sees_the_same_percentiles_as_the_verb_and_no_other_organisation(string engine)
    {
        var db = await TestDatabases.ResetAsync(engine);
        await BenchmarkVerbTests.AddAsync(engine, db, "alpha", clarity: 60, divergence: 0.10, collaboration: 70);
        await BenchmarkVerbTests.AddAsync(engine, db, "beta", clarity: 40, divergence: 0.30, collaboration: 50);
        await BenchmarkVerbTests.AddAsync(engine, db, "gamma", clarity: 45, divergence: 0.20, collaboration: 55);
        await BenchmarkVerbTests.AddAsync(engine, db, "delta", clarity: 50, divergence: 0.40, collaboration: 80);
        await BenchmarkVerbTests.AddAsync(engine, db, "epsilon", clarity: 70, divergence: 0.50, collaboration: 40);
        await BenchmarkVerbTests.AddAsync(engine, db, "zeta", clarity: 70, divergence: 0.50, collaboration: 40, optIn: false);
        var hash = new PasswordHasher<AdminUser>().HashPassword(null!, AdminWorld.Password);
        await new AdminUserStore(db, TimeProvider.System).CreateAsync(new NewAdminUser(AdminWorld.Administrator, "Ada Admin", hash, AdminRoles.Administrator, []), Ct);
        await using var app = await TestWebApp.StartAsync(engine);
        using var client = await AdminWorld.SignedInClientAsync(app, AdminWorld.Administrator);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/alpha/benchmark?lang=en", Ct));
        var outside = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/o/zeta/benchmark?lang=en", Ct));

        Assert.Contains("<li>Clarity index (mean of both sides): better than 75% of the other participants</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Divergence between the sides: better than 100% of the other participants</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("beta", html, StringComparison.Ordinal);
        Assert.Contains("This organisation does not take part in the benchmark.", outside, StringComparison.Ordinal);
        Assert.DoesNotContain("better than", outside, StringComparison.Ordinal);
    }
}
