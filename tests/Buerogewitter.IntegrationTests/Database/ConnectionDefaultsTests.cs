using Buerogewitter.Data.Database;
using Npgsql;

namespace Buerogewitter.IntegrationTests.Database;

public sealed class ConnectionDefaultsTests
{
    [Fact]
    public void PostgreSQL_connections_auto_prepare_unless_the_operator_chose_otherwise()
    {
        var defaulted = new Db(new PostgresDialect(), "Host=db.example.org;Database=bg");
        var chosen = new Db(new PostgresDialect(), "Host=db.example.org;Database=bg;Max Auto Prepare=0");

        Assert.Equal(50, new NpgsqlConnectionStringBuilder(defaulted.ConnectionString).MaxAutoPrepare);
        Assert.Equal("db.example.org", new NpgsqlConnectionStringBuilder(defaulted.ConnectionString).Host);
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(chosen.ConnectionString).MaxAutoPrepare);
    }
}
