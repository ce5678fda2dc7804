using Buerogewitter.Data.Surveys;

namespace Buerogewitter.Web.Pages.Surveys;

/// <summary>What <c>_SurveyForm</c> renders: the questions, and posted values and errors when the form comes back.</summary>
public sealed record SurveyFormView(
    SurveyForm Form,
    IReadOnlyDictionary<string, string> Errors,
    string? StrategyAnswer,
    string? SelfClarity,
    string? CollaborationAnswer,
    IReadOnlyDictionary<long, string?> Ratings,
    IReadOnlyDictionary<long, string?> Checks,
    bool Preview = false);
