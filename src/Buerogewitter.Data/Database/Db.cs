using System.Data.Common;

namespace Buerogewitter.Data.Database;

/// <summary>The configured database: its dialect and how to open a connection to it.</summary>
public sealed class Db
{
    public const string DefaultSqlitePath = "data/buerogewitter.db";

    public Db(SqlDialect dialect, string connectionString)
    {
        Dialect = dialect;
        ConnectionString = dialect.WithDefaults(connectionString);
        DapperConfiguration.EnsureConfigured();
    }

    public SqlDialect Dialect { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// Takes the values of <c>Database:Provider</c> and <c>ConnectionStrings:Buerogewitter</c>; with
    /// neither set, the embedded default is a SQLite file below the working directory.
    /// </summary>
    public static Db FromSettings(string? provider, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(provider))
        {
            provider = "sqlite";
        }

        var dialect = SqlDialect.ForProvider(provider);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (dialect is not SqliteDialect)
            {
                throw new InvalidOperationException(
                    $"Database:Provider is '{provider}' but ConnectionStrings:Buerogewitter is not set");
            }

            connectionString = $"Data Source={DefaultSqlitePath}";
        }

        return new Db(dialect, connectionString);
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dialect.CreateConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await Dialect.PrepareAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A short description without credentials, for logs and the start-up banner.</summary>
    public string Describe()
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = ConnectionString };
        string[] safeKeys = ["Data Source", "Host", "Server", "Port", "Database", "Initial Catalog"];
        var parts = safeKeys
            .Where(builder.ContainsKey)
            .Select(k => $"{k}={builder[k]}");
        return $"{Dialect.Name} ({string.Join("; ", parts)})";
    }
}
