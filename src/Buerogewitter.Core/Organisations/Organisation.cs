using Buerogewitter.Core.Anonymity;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Core.Organisations;

/// <summary>A client organisation (tenant) and its pulse and anonymity settings.</summary>
public sealed record Organisation
{
    public required long Id { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string TimeZone { get; init; }

    public required string Language { get; init; }

    public required string PulseCron { get; init; }

    public required int CloseAfterDays { get; init; }

    public required string ReminderDays { get; init; }

    public required int ScoreMinResponses { get; init; }

    public required int TextMinResponses { get; init; }

    public DateTimeOffset? AnonymityFrozenAt { get; init; }

    public bool BenchmarkOptIn { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The name the organisation's mails come from; null means the installation's <c>Mail:From</c>.</summary>
    public string? MailFromName { get; init; }

    /// <summary>The address the organisation's mails come from; null means the installation's <c>Mail:From</c>.</summary>
    public string? MailFromAddress { get; init; }

    public AnonymityThresholds Thresholds() => new(ScoreMinResponses, TextMinResponses);
}

/// <summary>What a new organisation gets unless told otherwise.</summary>
public static class OrganisationDefaults
{
    public const string TimeZone = "Europe/Berlin";

    public const string Language = Languages.German;

    /// <summary>First Monday of the month, 09:00 in the organisation's time zone.</summary>
    public const string PulseCron = "0 9 * * 1#1";

    public const int CloseAfterDays = 7;

    public const string ReminderDays = "3,5";

    public const int ScoreMinResponses = 5;

    public const int TextMinResponses = 10;
}

/// <summary>Checks of the values a person types when creating or changing an organisation.</summary>
public static class OrganisationRules
{
    public static string? CheckSlug(string slug) =>
        slug.Length is >= 2 and <= 40 && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            && slug[0] != '-' && slug[^1] != '-'
            ? null
            : $"slug '{slug}' must be 2–40 characters of a–z, 0–9 and '-', not starting or ending with '-'";

    public static string? CheckTimeZone(string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _)
            ? null
            : $"time zone '{timeZone}' is not known (use an IANA name such as Europe/Berlin)";

    public static string? CheckLanguage(string language) =>
        Languages.IsSupported(language) ? null : $"language '{language}' is not one of de, en";
}
