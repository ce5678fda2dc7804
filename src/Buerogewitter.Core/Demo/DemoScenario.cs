using Buerogewitter.Core.Participants;
using Buerogewitter.Core.Surveys;
using Buerogewitter.Core.Workshops;

namespace Buerogewitter.Core.Demo;

/// <summary>A complete, fictional client with six survey waves and one workshop, ready to be stored.</summary>
public sealed record DemoScenario(DemoOrganisation Organisation, IReadOnlyList<DemoPerson> People,
    IReadOnlyList<DemoStrategyVersion> StrategyVersions, SurveyTemplate Template,
    IReadOnlyList<DemoWave> Waves, DemoWorkshop Workshop);

public sealed record DemoOrganisation(string Slug, string Name, string TimeZone, string Language)
{
    /// <summary>The slug <c>demo</c> writes its organisation under.</summary>
    public const string DemoSlug = DemoTexts.Slug;

    /// <summary>The demo's sign-in accounts, in the demo's mail domain (reserved: no mail ever reaches it).</summary>
    public const string ManagerEmail = "manager@" + DemoTexts.MailDomain;

    public const string ConsultantEmail = "consultant@" + DemoTexts.MailDomain;
}

/// <summary>A participant; <paramref name="Tandem"/> is null for leads.</summary>
public sealed record DemoPerson(string Email, string Name, Side Side, string? Tandem, string Language);

/// <summary>A strategy priority; <paramref name="Examples"/> holds newline-separated phrases that name it.</summary>
public sealed record DemoPriority(string Text, string? Examples, string? TextEn = null);

public sealed record DemoStrategyVersion(int VersionNo, DateOnly EffectiveFrom, IReadOnlyList<DemoPriority> Priorities);

/// <summary>
/// One survey wave. <paramref name="RespondentEmails"/> says who answered (to mark invitations used);
/// <paramref name="Responses"/> are in an unrelated order, so the two lists cannot be joined.
/// </summary>
public sealed record DemoWave(DateTimeOffset ScheduledAt, DateTimeOffset OpensAt, DateTimeOffset ClosesAt,
    IReadOnlyList<string> RespondentEmails, IReadOnlyList<DemoResponse> Responses, bool AsksMeasureChecks);

/// <summary>An anonymous response; <paramref name="Ratings"/> follow the template's items, <paramref name="MeasureChecks"/> the workshop's measures.</summary>
public sealed record DemoResponse(Side Side, string Language, DateOnly SubmittedOn, string StrategyAnswer, int? SelfClarity,
    string? CollaborationAnswer, IReadOnlyList<int?> Ratings, IReadOnlyList<int?> MeasureChecks);

public sealed record DemoWorkshop(DateOnly HeldOn, string Moderator, string Goal, string JointProblem,
    IReadOnlyList<DemoCard> Cards, IReadOnlyList<DemoMeasure> Measures);

/// <summary>A workshop card; <paramref name="Kind"/> is one of <see cref="CardKinds"/>.</summary>
public sealed record DemoCard(Side Side, string Kind, string Text);

/// <summary>An agreed measure; <paramref name="Status"/> is one of <see cref="MeasureStatuses"/>.</summary>
public sealed record DemoMeasure(string Title, string OwnerInside, string OwnerField, DateOnly DueOn, string Status, string? TitleEn = null);
