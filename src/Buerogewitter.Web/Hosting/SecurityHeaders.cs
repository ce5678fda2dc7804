namespace Buerogewitter.Web.Hosting;

public static class SecurityHeaders
{
    /// <summary>
    /// For a generated document with its own inline styles and data-URI charts (the monthly report, the
    /// before/after comparison): that one response allows inline style and data images; script stays forbidden.
    /// </summary>
    public const string StandaloneDocumentPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// No inline script anywhere, no framing, and no Referer: a survey link carries its token in the
    /// path, and a Referer header would hand it to any site the page links to.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        return next(context);
    });
}
