using Buerogewitter.Core.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Buerogewitter.Web.Admin;

/// <summary>
/// Every text an admin form posts obeys <see cref="TextRules"/> before any handler sees it: one line of at
/// most 500 characters without control characters, or a paragraph (the text areas) of at most 4,000 with
/// line breaks. A field that breaks them is named in the answer (422) and nothing is saved. The roster's
/// CSV is checked row by row by its own rules.
/// </summary>
public sealed class FormFieldRules : IAsyncPageFilter
{
    private static readonly string[] Unchecked = ["__RequestVerificationToken", "Csv"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            var problem = form.Where(field => !Unchecked.Contains(field.Key))
                .SelectMany(field => field.Value.Select(value => IsParagraph(field.Key)
                    ? TextRules.Check(field.Key, value ?? "", TextRules.ParagraphLength, multiline: true)
                    : TextRules.Check(field.Key, value ?? "", TextRules.LineLength)))
                .FirstOrDefault(p => p is not null);
            if (problem is not null)
            {
                context.Result = new ContentResult
                {
                    StatusCode = StatusCodes.Status422UnprocessableEntity,
                    ContentType = "text/plain; charset=utf-8",
                    Content = $"{AdminText.Current.FieldRejected}: {problem}",
                };
                return;
            }
        }

        await next();
    }

    // The text areas of the workshop and strategy pages.
    private static bool IsParagraph(string key) =>
        key is "Goal" or "JointProblem" or "Glossary"
        || key.StartsWith("Cards[", StringComparison.Ordinal)
        || key.EndsWith(".Examples", StringComparison.Ordinal)
        || (key.StartsWith("Measures[", StringComparison.Ordinal) && (key.EndsWith(".Title", StringComparison.Ordinal) || key.EndsWith(".TitleEn", StringComparison.Ordinal)));
}
