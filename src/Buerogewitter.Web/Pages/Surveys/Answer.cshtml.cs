using System.Globalization;
using Buerogewitter.Core.Organisations;
using Buerogewitter.Data.Surveys;
using Buerogewitter.Web.Localization;
using Buerogewitter.Web.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages.Surveys;

public enum SurveyState
{
    Form,
    Unknown,
    AlreadyAnswered,
    Closed,
}

public sealed class AnswerModel(SurveyStore store, TimeProvider clock) : PageModel
{
    public const int MaxTextLength = 2000;

    /// <summary>The value a "can't say" radio button posts; stored as NULL.</summary>
    public const string CannotSay = "x";

    /// <summary>The error key under which the form says that the answer could not be stored just now.</summary>
    public const string NotSavedKey = "Save";

    public SurveyText Text => SurveyText.Current;

    public SurveyState State { get; private set; }

    public SurveyForm? Form { get; private set; }

    [BindProperty]
    public string? StrategyAnswer { get; set; }

    [BindProperty]
    public string? SelfClarity { get; set; }

    [BindProperty]
    public string? CollaborationAnswer { get; set; }

    // An explicit name keeps MVC from falling back to the empty prefix when no item was answered:
    // it would then try every form field's name as a dictionary key and throw on each one.
    [BindProperty(Name = nameof(Ratings))]
    public Dictionary<long, string?> Ratings { get; set; } = [];

    [BindProperty(Name = nameof(Checks))]
    public Dictionary<long, string?> Checks { get; set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public IActionResult OnGet()
    {
        Load();
        return Render();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Load();
        if (State != SurveyState.Form)
        {
            return Render();
        }

        var submission = Validate();
        if (submission is null)
        {
            return Render();
        }

        var today = LocalTime.Today(clock, Form!.TimeZone);
        switch (await store.SubmitAsync(Form, submission, today, cancellationToken))
        {
            case SubmitOutcome.AlreadyAnswered:
                State = SurveyState.AlreadyAnswered;
                return Render();
            case SubmitOutcome.Busy:
                // The form is shown again with everything typed, so sending it again is one click.
                Errors[NotSavedKey] = Text.NotSaved;
                Response.Headers.RetryAfter = "60";
                return Render();
        }

        var closes = LocalTime.DateOf(Form.ClosesAt, Form.TimeZone);
        // The thank-you page has no link to tell its language by, so the survey's language goes with it.
        return Redirect($"/s/thanks?until={closes:yyyy-MM-dd}&lang={Localized.LanguageCode}");
    }

    public SurveyFormView View => new(Form!, Errors, StrategyAnswer, SelfClarity, CollaborationAnswer, Ratings, Checks);

    // The link was looked up (and unknown ones counted) by SurveyLinkGuard before the page ran.
    private void Load()
    {
        Form = HttpContext.Items[SurveyLinkGuard.FormKey] as SurveyForm;
        State = Form switch
        {
            null => SurveyState.Unknown,
            // Closed first: once a wave closes, every invitation reads as used, whether it was or not.
            _ when Form.IsClosed(clock.GetUtcNow()) => SurveyState.Closed,
            { Used: true } => SurveyState.AlreadyAnswered,
            _ => SurveyState.Form,
        };
    }

    private PageResult Render()
    {
        // Unknown and malformed tokens look the same, and neither says whether a person or wave exists.
        Response.StatusCode = State switch
        {
            SurveyState.Unknown => StatusCodes.Status404NotFound,
            SurveyState.AlreadyAnswered or SurveyState.Closed => StatusCodes.Status410Gone,
            _ when Errors.ContainsKey(NotSavedKey) => StatusCodes.Status503ServiceUnavailable,
            _ => Errors.Count > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK,
        };
        return Page();
    }

    private SurveySubmission? Validate()
    {
        var strategy = StrategyAnswer?.Trim() ?? "";
        if (strategy.Length == 0)
        {
            Errors[nameof(StrategyAnswer)] = Text.StrategyRequired;
        }
        else if (strategy.Length > MaxTextLength)
        {
            Errors[nameof(StrategyAnswer)] = Text.TooLong;
        }

        var collaboration = CollaborationAnswer?.Trim();
        if (collaboration?.Length > MaxTextLength)
        {
            Errors[nameof(CollaborationAnswer)] = Text.TooLong;
        }

        var clarity = Scale(nameof(SelfClarity), SelfClarity, allowCannotSay: false);
        var ratings = ScaleAnswers(Form!.Items.Select(i => i.Id), Ratings, "Ratings");
        var checks = ScaleAnswers(Form.Measures.Select(m => m.Id), Checks, "Checks");
        if (Errors.Count > 0)
        {
            return null;
        }

        return new SurveySubmission(Localized.LanguageCode, strategy, clarity.Value,
            string.IsNullOrEmpty(collaboration) ? null : collaboration, ratings, checks);
    }

    private Dictionary<long, int?> ScaleAnswers(IEnumerable<long> ids, Dictionary<long, string?> posted, string field)
    {
        var answers = new Dictionary<long, int?>();
        foreach (var id in ids)
        {
            var (given, value) = Scale($"{field}[{id}]", posted.GetValueOrDefault(id), allowCannotSay: true);
            if (given)
            {
                answers[id] = value;
            }
        }

        return answers;
    }

    /// <summary>Unanswered, "can't say" (null) or 1–5; anything else is an error on that field.</summary>
    private (bool Given, int? Value) Scale(string field, string? posted, bool allowCannotSay)
    {
        if (string.IsNullOrEmpty(posted))
        {
            return (false, null);
        }

        if (allowCannotSay && posted == CannotSay)
        {
            return (true, null);
        }

        if (int.TryParse(posted, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 5)
        {
            return (true, value);
        }

        Errors[field] = Text.OutOfScale;
        return (false, null);
    }
}
