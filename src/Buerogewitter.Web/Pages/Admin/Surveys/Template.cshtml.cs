using Buerogewitter.Core.Surveys;
using Buerogewitter.Data.Surveys;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Pages.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Pages.Admin.Surveys;

public sealed class TemplateItemInput
{
    public string? TextDe { get; set; }

    public string? TextEn { get; set; }

    public string? LowLabelDe { get; set; }

    public string? HighLabelDe { get; set; }

    public string? LowLabelEn { get; set; }

    public string? HighLabelEn { get; set; }

    public bool IsEmpty => new[] { TextDe, TextEn, LowLabelDe, HighLabelDe, LowLabelEn, HighLabelEn }.All(string.IsNullOrWhiteSpace);

    public bool IsComplete => new[] { TextDe, TextEn, LowLabelDe, HighLabelDe, LowLabelEn, HighLabelEn }.All(v => !string.IsNullOrWhiteSpace(v));
}

public sealed class TemplateInput
{
    public string? Name { get; set; }

    public string? StrategyQuestionDe { get; set; }

    public string? StrategyQuestionEn { get; set; }

    public string? ClarityItemDe { get; set; }

    public string? ClarityItemEn { get; set; }

    public string? OpenQuestionDe { get; set; }

    public string? OpenQuestionEn { get; set; }

    public List<TemplateItemInput> Items { get; set; } = [];
}

public sealed class TemplateModel(TemplateAdminStore templates) : OrganisationPageModel
{
    public const int MinItems = 3;
    public const int MaxItems = 6;

    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    public SurveyFormView? Preview { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await templates.CurrentAsync(Organisation.Id, cancellationToken) is not { } current)
        {
            return;
        }

        Input = new TemplateInput
        {
            Name = current.Name,
            StrategyQuestionDe = current.StrategyQuestionDe,
            StrategyQuestionEn = current.StrategyQuestionEn,
            ClarityItemDe = current.ClarityItemDe,
            ClarityItemEn = current.ClarityItemEn,
            OpenQuestionDe = current.OpenQuestionDe,
            OpenQuestionEn = current.OpenQuestionEn,
            Items = current.Items.Select(i => new TemplateItemInput
            {
                TextDe = i.TextDe,
                TextEn = i.TextEn,
                LowLabelDe = i.LowLabelDe,
                HighLabelDe = i.HighLabelDe,
                LowLabelEn = i.LowLabelEn,
                HighLabelEn = i.HighLabelEn,
            }).ToList(),
        };
        Preview = PreviewOf(current);
    }

    /// <summary>Shows the posted questions as respondents would see them, without saving.</summary>
    public IActionResult OnPostPreview()
    {
        if (Validate() is { } template)
        {
            Preview = PreviewOf(template);
        }

        return Rendered();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Validate() is not { } template)
        {
            return Rendered();
        }

        await templates.SaveAsync(Organisation.Id, template, cancellationToken);
        return Redirect($"/admin/o/{Organisation.Slug}/template");
    }

    private PageResult Rendered()
    {
        Response.StatusCode = Errors.Count > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        return Page();
    }

    private SurveyTemplate? Validate()
    {
        string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        var required = new[] { Input.Name, Input.StrategyQuestionDe, Input.StrategyQuestionEn, Input.ClarityItemDe, Input.ClarityItemEn };
        if (required.Any(string.IsNullOrWhiteSpace))
        {
            Errors["Questions"] = Text.Required;
        }

        // A half-filled statement would show a blank label to respondents in one language.
        var items = Input.Items.Take(MaxItems).Where(i => !i.IsEmpty).ToList();
        if (items.Count is < MinItems or > MaxItems || items.Any(i => !i.IsComplete))
        {
            Errors["Items"] = Text.ItemsRule;
        }

        if (Errors.Count > 0)
        {
            return null;
        }

        return new SurveyTemplate(Input.Name!.Trim(), Input.StrategyQuestionDe!.Trim(), Input.StrategyQuestionEn!.Trim(),
            Input.ClarityItemDe!.Trim(), Input.ClarityItemEn!.Trim(), Clean(Input.OpenQuestionDe), Clean(Input.OpenQuestionEn),
            items.Select(i => new TemplateItem(i.TextDe!.Trim(), i.TextEn!.Trim(), i.LowLabelDe!.Trim(), i.HighLabelDe!.Trim(),
                i.LowLabelEn!.Trim(), i.HighLabelEn!.Trim())).ToList());
    }

    private SurveyFormView PreviewOf(SurveyTemplate template) => new(
        new SurveyForm
        {
            Side = "inside",
            OrganisationLanguage = Organisation.Language,
            OrganisationName = Organisation.Name,
            TimeZone = Organisation.TimeZone,
            ScoreMinResponses = Organisation.ScoreMinResponses,
            TextMinResponses = Organisation.TextMinResponses,
            StrategyQuestionDe = template.StrategyQuestionDe,
            StrategyQuestionEn = template.StrategyQuestionEn,
            ClarityItemDe = template.ClarityItemDe,
            ClarityItemEn = template.ClarityItemEn,
            OpenQuestionDe = template.OpenQuestionDe,
            OpenQuestionEn = template.OpenQuestionEn,
            // Negative ids: preview items have none, and the scale needs distinct field names.
            Items = template.Items.Select((item, index) => new SurveyFormItem
            {
                Id = -(index + 1),
                TextDe = item.TextDe,
                TextEn = item.TextEn,
                LowLabelDe = item.LowLabelDe,
                HighLabelDe = item.HighLabelDe,
                LowLabelEn = item.LowLabelEn,
                HighLabelEn = item.HighLabelEn,
            }).ToList(),
        },
        new Dictionary<string, string>(), null, null, null, new Dictionary<long, string?>(), new Dictionary<long, string?>(), Preview: true);
}
