using Buerogewitter.Web.Templates;
using Microsoft.AspNetCore.Components;
using MimeKit;

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

    /// <summary>
    /// The mail's body: this document as HTML, and for clients that show plain text its paragraphs one blank line
    /// apart. A button is left out of the text; the address under it (small print) stands in for it.
    /// </summary>
    public async Task<MimeEntity> ToBodyAsync() => new BodyBuilder
    {
        TextBody = string.Join("\n\n", Paragraphs.Where(p => p.Kind != MailParagraphKind.Button).Select(p => p.Text)) + "\n",
        HtmlBody = await RenderAsync(),
    }.ToMessageBody();
}

public sealed partial class MailDocument
{
    [Parameter, EditorRequired]
    public required MailDocumentModel Model { get; set; }
}
