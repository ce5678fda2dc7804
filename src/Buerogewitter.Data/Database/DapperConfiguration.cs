using System.Data;
using System.Globalization;
using Dapper;

namespace Buerogewitter.Data.Database;

/// <summary>
/// Dapper's global settings, made once per process. The handlers let one set of records read the
/// same columns from all three engines: SQLite returns text for times and dates and blobs for
/// uuids, PostgreSQL returns DateTime for timestamptz.
/// </summary>
internal static class DapperConfiguration
{
    private static int configured;

    public static void EnsureConfigured()
    {
        if (Interlocked.Exchange(ref configured, 1) == 1)
        {
            return;
        }

        DefaultTypeMap.MatchNamesWithUnderscores = true;
        Register(new DateTimeOffsetHandler());
        Register(new DateOnlyHandler());
        Register(new GuidHandler());
    }

    // Dapper binds a type of its built-in map itself and calls a handler's SetValue only for types
    // outside that map, so the map entry goes first; otherwise the handler would only ever read.
    private static void Register<T>(SqlMapper.TypeHandler<T> handler)
        where T : struct
    {
        SqlMapper.RemoveTypeMap(typeof(T));
        SqlMapper.RemoveTypeMap(typeof(T?));
        SqlMapper.AddTypeHandler(handler);
    }

    // Every time goes to the database in UTC: PostgreSQL rejects other offsets for timestamptz, and
    // SQLite stores the text and compares it as text, where 10:00+01:00 sorts after 09:30+00:00.
    private sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            parameter.Value = value.ToUniversalTime();
            parameter.DbType = DbType.DateTimeOffset;
        }

        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTimeOffset dto => dto,
            DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
            string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            _ => throw new DataException($"Cannot read {value.GetType().Name} as a time"),
        };
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            parameter.Value = value;
            parameter.DbType = DbType.Date;
        }

        public override DateOnly Parse(object value) => value switch
        {
            DateOnly d => d,
            DateTime dt => DateOnly.FromDateTime(dt),
            string s => DateOnly.ParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => throw new DataException($"Cannot read {value.GetType().Name} as a date"),
        };
    }

    private sealed class GuidHandler : SqlMapper.TypeHandler<Guid>
    {
        public override void SetValue(IDbDataParameter parameter, Guid value)
        {
            parameter.Value = value;
            parameter.DbType = DbType.Guid;
        }

        public override Guid Parse(object value) => value switch
        {
            Guid g => g,
            byte[] bytes => new Guid(bytes),
            string s => Guid.Parse(s),
            _ => throw new DataException($"Cannot read {value.GetType().Name} as a uuid"),
        };
    }
}
