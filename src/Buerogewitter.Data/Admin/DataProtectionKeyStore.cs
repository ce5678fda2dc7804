using Buerogewitter.Data.Database;
using Dapper;

namespace Buerogewitter.Data.Admin;

/// <summary>
/// The data-protection key ring in the database, so every instance behind a load balancer decrypts
/// the sign-in cookies and antiforgery tokens of the others. Synchronous because
/// ASP.NET Core's IXmlRepository is.
/// </summary>
public sealed class DataProtectionKeyStore(Db db, TimeProvider clock)
{
    public IReadOnlyList<string> All()
    {
        using var connection = db.Dialect.CreateConnection(db.ConnectionString);
        connection.Open();
        return connection.Query<string>("SELECT xml FROM data_protection_key ORDER BY id").AsList();
    }

    public void Add(string friendlyName, string xml)
    {
        using var connection = db.Dialect.CreateConnection(db.ConnectionString);
        connection.Open();
        connection.Execute(
            db.Dialect.InsertIgnoringDuplicates("data_protection_key", "friendly_name, xml, created_at", "@friendlyName, @xml, @now", "friendly_name"),
            new { friendlyName, xml, now = clock.GetUtcNow() });
    }
}
