using System.Security.Claims;
using System.Text.Encodings.Web;
using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Buerogewitter.Web.Admin;

/// <summary>
/// <c>X-Api-Key</c>: a 128-bit secret of one organisation (the same shape as a survey link token),
/// looked up by its SHA-256 hash. Without a valid key the answer is a 401 problem document.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var text = Request.Headers[Header].ToString();
        if (text.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var hash = InvitationToken.HashOf(text);
        var organisationId = hash is null ? null : await keys.OrganisationOfAsync(hash, Context.RequestAborted);
        if (organisationId is null)
        {
            return AuthenticateResult.Fail("unknown or revoked API key");
        }

        var identity = new ClaimsIdentity(
            [new Claim(AdminPrincipal.OrganisationClaim, organisationId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            AdminPrincipal.ApiKeyScheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AdminPrincipal.ApiKeyScheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
            detail: $"Send a valid API key of the organisation in the {Header} header.").ExecuteAsync(Context);
}
