using Microsoft.AspNetCore.Components;

namespace Buerogewitter.Web.Surveys;

public sealed record TooManyRequestsModel(string Language, SurveyText Text);

public sealed partial class TooManyRequestsPage
{
    [Parameter, EditorRequired]
    public required TooManyRequestsModel Model { get; set; }
}
