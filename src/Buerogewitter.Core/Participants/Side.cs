namespace Buerogewitter.Core.Participants;

/// <summary>Which side of the sales organisation a person works on.</summary>
public enum Side
{
    Inside,
    Field,
    Lead,
}

/// <summary>The lower-case codes used in CSV files, URLs and the database.</summary>
public static class Sides
{
    public static readonly IReadOnlyList<Side> All = [Side.Inside, Side.Field, Side.Lead];

    /// <summary>The two sides whose gap is measured; leads are reported but not part of the gap.</summary>
    public static readonly IReadOnlyList<Side> Compared = [Side.Inside, Side.Field];

    public static string Code(this Side side) => side switch
    {
        Side.Inside => "inside",
        Side.Field => "field",
        Side.Lead => "lead",
        _ => throw new ArgumentOutOfRangeException(nameof(side)),
    };

    public static bool TryParse(string? code, out Side side)
    {
        switch (code)
        {
            case "inside": side = Side.Inside; return true;
            case "field": side = Side.Field; return true;
            case "lead": side = Side.Lead; return true;
            default: side = default; return false;
        }
    }

    public static Side Parse(string code) =>
        TryParse(code, out var side) ? side : throw new FormatException($"'{code}' is not one of inside, field, lead");
}
