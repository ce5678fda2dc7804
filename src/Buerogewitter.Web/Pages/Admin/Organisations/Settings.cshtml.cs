using Buerogewitter.Core.Anonymity;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Pulses;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Organisations;

public sealed class SettingsModel(AdminOrganisationStore organisations, OrganisationStore store, JobSchedule schedule, TimeProvider clock)
    : OrganisationPageModel
{
    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string TimeZone { get; set; } = "";

    [BindProperty]
    public string Language { get; set; } = "";

    [BindProperty]
    public string PulseCron { get; set; } = "";

    /// <summary>One of <see cref="ScheduleChoices.All"/>, or <see cref="ScheduleChoices.Custom"/> (also when not posted) for <see cref="PulseCron"/>.</summary>
    [BindProperty]
    public string? ScheduleChoice { get; set; }

    [BindProperty]
    public string? ScheduleTime { get; set; }

    [BindProperty]
    public int ScoreMinResponses { get; set; }

    [BindProperty]
    public int TextMinResponses { get; set; }

    [BindProperty]
    public bool BenchmarkOptIn { get; set; }

    [BindProperty]
    public string? MailFromName { get; set; }

    [BindProperty]
    public string? MailFromAddress { get; set; }

    [BindProperty]
    public string? ManagerEmail { get; set; }

    [BindProperty]
    public string? ManagerName { get; set; }

    [BindProperty]
    public string? ManagerLanguage { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<DateTimeOffset> NextSends { get; private set; } = [];

    public IReadOnlyList<OrganisationManager> Managers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Fill();
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Organisation.AnonymityFrozenAt is not null)
        {
            // Disabled inputs are not posted; the stored values stand.
            ScoreMinResponses = Organisation.ScoreMinResponses;
            TextMinResponses = Organisation.TextMinResponses;
        }

        Name = Name.Trim();
        TimeZone = TimeZone.Trim();
        // An empty field binds as null; with a schedule chosen in words the cron field is rightly left empty.
        PulseCron = PulseCron?.Trim() ?? "";
        if (Name.Length == 0)
        {
            Errors[nameof(Name)] = Text.Required;
        }

        if (OrganisationRules.CheckTimeZone(TimeZone) is { } zoneProblem)
        {
            Errors[nameof(TimeZone)] = zoneProblem;
        }

        if (OrganisationRules.CheckLanguage(Language) is not null)
        {
            Language = Organisation.Language;
        }

        if (ScheduleChoices.All.FirstOrDefault(c => c.Code == ScheduleChoice) is { } choice)
        {
            if (TimeOnly.TryParseExact(ScheduleTime?.Trim(), TimeFormats, System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.None, out var time))
            {
                PulseCron = choice.Cron(time);
            }
            else
            {
                Errors[nameof(ScheduleTime)] = Text.ScheduleTimeInvalid;
            }
        }
        else if (!CronPreview.TryParse(PulseCron, out _))
        {
            Errors[nameof(PulseCron)] = Text.CronInvalid;
        }

        MailFromName = Blank(MailFromName);
        MailFromAddress = Blank(MailFromAddress);
        if (MailFromAddress is not null && !System.Net.Mail.MailAddress.TryCreate(MailFromAddress, out _))
        {
            Errors[nameof(MailFromAddress)] = Text.SenderAddressInvalid;
        }

        if (AnonymityThresholds.Check(ScoreMinResponses, TextMinResponses).Count > 0)
        {
            Errors["Thresholds"] = Text.ThresholdRule;
        }

        if (Errors.Count > 0)
        {
            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await organisations.UpdateAsync(Organisation.Id,
            new OrganisationSettings(Name, TimeZone, Language, PulseCron, ScoreMinResponses, TextMinResponses, BenchmarkOptIn)
            {
                MailFromName = MailFromName,
                MailFromAddress = MailFromAddress,
            }, cancellationToken);
        // A new cron or time zone takes effect at once on this instance; the others reconcile within a minute.
        schedule.Sync((await store.FindAsync(Organisation.Id, cancellationToken))!);
        return Redirect($"/admin/o/{Organisation.Slug}/settings?saved=true");
    }

    public async Task<IActionResult> OnPostAddManagerAsync(CancellationToken cancellationToken)
    {
        var email = ManagerEmail?.Trim() ?? "";
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _) || string.IsNullOrWhiteSpace(ManagerName))
        {
            Fill();
            Errors["Manager"] = Text.Required;
            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await organisations.AddManagerAsync(Organisation.Id, email, ManagerName.Trim(), ManagerLanguage == "en" ? "en" : "de", cancellationToken);
        return Redirect($"/admin/o/{Organisation.Slug}/settings");
    }

    public async Task<IActionResult> OnPostRemoveManagerAsync(long managerId, CancellationToken cancellationToken)
    {
        await organisations.RemoveManagerAsync(Organisation.Id, managerId, cancellationToken);
        return Redirect($"/admin/o/{Organisation.Slug}/settings");
    }

    private void Fill()
    {
        Name = Organisation.Name;
        TimeZone = Organisation.TimeZone;
        Language = Organisation.Language;
        PulseCron = Organisation.PulseCron;
        var known = ScheduleChoices.Recognise(PulseCron);
        ScheduleChoice = known?.Choice.Code ?? ScheduleChoices.Custom;
        ScheduleTime = (known?.Time ?? ScheduleChoices.DefaultTime).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        ScoreMinResponses = Organisation.ScoreMinResponses;
        TextMinResponses = Organisation.TextMinResponses;
        BenchmarkOptIn = Organisation.BenchmarkOptIn;
        MailFromName = Organisation.MailFromName;
        MailFromAddress = Organisation.MailFromAddress;
    }

    // What browsers send from <input type="time"> (seconds only with a step below a minute), and what people type.
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss"];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Managers = await organisations.ManagersAsync(Organisation.Id, cancellationToken);
        if (CronPreview.TryParse(PulseCron, out var expression) && TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone))
        {
            NextSends = CronPreview.Next(expression, zone, clock.GetUtcNow())
                .Select(d => TimeZoneInfo.ConvertTime(d, zone)).ToList();
        }
    }
}
