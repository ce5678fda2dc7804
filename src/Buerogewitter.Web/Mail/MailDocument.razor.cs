using Buerogewitter.Web.Templates;
using Microsoft.AspNetCore.Components;

namespace Buerogewitter.Web.Mail;

public enum MailParagraphKind
{
    Text,

    /// <summary>A link drawn as a button (the survey link).</summary>
    Button,

    /// <summary>A plain link whose text is the address.</summary>
    Link,

    /// <summary>Small print, e.g. the address under a button for clients that show no buttons.</summary>
    Fine,
}

public sealed record MailParagraph(string Text, MailParagraphKind Kind = MailParagraphKind.Text, string? Href = null);

/// <summary>A mail's paragraphs; <see cref="Language"/> is null when the mail speaks both languages.</summary>
public sealed record MailDocumentModel(string? Language, IReadOnlyList<MailParagraph> Paragraphs)
{
    public Task<string> RenderAsync() => HtmlTemplate.RenderAsync<MailDocument, MailDocumentModel>(this);
}

public sealed partial class MailDocument
{
    [Parameter, EditorRequired]
    public required MailDocumentModel Model { get; set; }
}
