using System.Security.Claims;
using Buerogewitter.Data.Admin;
using Buerogewitter.Data.Coding;
using Buerogewitter.Data.Organisations;
using Buerogewitter.Data.Participants;
using Buerogewitter.Web.Api;
using Buerogewitter.Web.Mail;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Buerogewitter.Web.Admin;

public static class AdminServices
{
    public const string SignedInPolicy = "admin-signed-in";
    public const string AdministratorPolicy = "admin-administrator";
    public const string ApiPolicy = "api-key";

    /// <summary>Accounts, sign-in (local and OpenID Connect), the shared key ring, API keys and the admin pages' authorization.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AdminOrganisationStore>();
        services.AddSingleton<ParticipantAdminStore>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<DataProtectionKeyStore>();
        services.AddSingleton<SignInThrottleStore>();
        services.AddSingleton<SignInDevices>();
        services.AddSingleton<PasswordSignIn>();
        services.AddSingleton<PasswordReset>();
        services.AddHostedService<PasswordResetSender>();
        services.AddSingleton<CodingStore>();
        services.AddSingleton<AdminBootstrap>();

        services.AddKeyRing(configuration);

        var authentication = services.AddAuthentication(AdminPrincipal.CookieScheme)
            .AddCookie(AdminPrincipal.CookieScheme, options =>
            {
                options.Cookie.Name = "bg_admin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.LoginPath = "/admin/login";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                options.Events.OnValidatePrincipal = RevalidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(AdminPrincipal.ApiKeyScheme, null);
        AddOpenIdConnect(authentication, configuration.GetSection("Authentication:Oidc"));

        services.AddAuthorizationBuilder()
            .AddPolicy(SignedInPolicy, policy => policy.AddAuthenticationSchemes(AdminPrincipal.CookieScheme).RequireAuthenticatedUser()
                .RequireRole(AdminRoles.All))
            .AddPolicy(AdministratorPolicy, policy => policy.AddAuthenticationSchemes(AdminPrincipal.CookieScheme)
                .RequireRole(AdminRoles.Administrator))
            .AddPolicy(ApiPolicy, policy => policy.AddAuthenticationSchemes(AdminPrincipal.ApiKeyScheme)
                .RequireClaim(AdminPrincipal.OrganisationClaim));

        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", SignedInPolicy);
            options.Conventions.AddFolderApplicationModelConvention("/Admin", model => model.Filters.Add(new FormFieldRules()));
            options.Conventions.AuthorizeFolder("/Admin/Users", AdministratorPolicy);
            options.Conventions.AllowAnonymousToPage("/Admin/Login");
            options.Conventions.AllowAnonymousToPage("/Admin/Setup");
            options.Conventions.AllowAnonymousToPage("/Admin/ForgotPassword");
            options.Conventions.AllowAnonymousToPage("/Admin/ResetPassword");
            options.Conventions.AllowAnonymousToPage("/Admin/Forbidden");
        });
        // Behind a proxy that ends TLS the request arrives as http, but the browser speaks https: the public
        // base URL says which, so the sign-in cookie is Secure whenever people reach the app over https.
        // (The antiforgery cookie follows the request: ASP.NET refuses to issue a Secure one over http.)
        services.AddOptions<CookieAuthenticationOptions>(AdminPrincipal.CookieScheme)
            .Configure<MailSettings>((options, settings) =>
                options.Cookie.SecurePolicy = settings.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        services.AddApi();
        return services;
    }

    /// <summary>
    /// A refused admin request (a policy, or a page's Forbid()) shows the page /admin/forbidden, still with status 403.
    /// Only 403: a 404 must stay exactly like an organisation that does not exist. Goes before routing, so that the
    /// re-executed request is routed to that page.
    /// </summary>
    public static WebApplication UseForbiddenPage(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase), branch =>
        {
            branch.UseStatusCodePagesWithReExecute("/admin/forbidden");
            branch.Use(async (context, next) =>
            {
                await next(context);
                if (context.Response.StatusCode != StatusCodes.Status403Forbidden && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
                {
                    pages.Enabled = false;
                }
            });
        });
        return app;
    }

    public static WebApplication UseAdmin(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapApi();
        return app;
    }

    // A deactivated account, a changed role or a new password takes effect on the next request, on every instance.
    private static async Task RevalidateAsync(CookieValidatePrincipalContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<AdminUserStore>();
        var user = context.Principal?.UserId() is { } id ? await users.FindAsync(id, context.HttpContext.RequestAborted) : null;
        if (user is not { Active: true } || !context.Principal!.IsInRole(user.Role)
            || context.Principal.FindFirstValue(AdminPrincipal.PasswordClaim) != AdminPrincipal.PasswordStamp(user))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AdminPrincipal.CookieScheme);
        }
    }

    /// <summary>
    /// With Authority, ClientId and ClientSecret set, people can sign in at the company's identity
    /// provider. Its <c>RoleClaim</c> (default <c>roles</c>) must carry one of the values in
    /// <c>Roles:{administrator|consultant|manager}</c> (default: the role's own name).
    /// </summary>
    private static void AddOpenIdConnect(AuthenticationBuilder authentication, IConfigurationSection oidc)
    {
        if (string.IsNullOrWhiteSpace(oidc["Authority"]) || string.IsNullOrWhiteSpace(oidc["ClientId"]) || string.IsNullOrWhiteSpace(oidc["ClientSecret"]))
        {
            return;
        }

        authentication.AddOpenIdConnect(AdminPrincipal.OidcScheme, options =>
        {
            options.Authority = oidc["Authority"];
            options.ClientId = oidc["ClientId"];
            options.ClientSecret = oidc["ClientSecret"];
            options.SignInScheme = AdminPrincipal.CookieScheme;
            options.ResponseType = "code";
            options.CallbackPath = "/admin/signin-oidc";
            options.Scope.Add("email");
            options.Events.OnTokenValidated = context => MapOidcUserAsync(context, oidc);
        });
    }

    private static async Task MapOidcUserAsync(TokenValidatedContext context, IConfigurationSection oidc)
    {
        var claims = context.Principal!;
        var roleClaim = oidc["RoleClaim"] ?? "roles";
        var values = claims.FindAll(roleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var role = AdminRoles.All.FirstOrDefault(r => values.Contains(oidc[$"Roles:{r}"] ?? r));
        var email = claims.FindFirstValue(ClaimTypes.Email) ?? claims.FindFirstValue("email");
        if (role is null || string.IsNullOrWhiteSpace(email))
        {
            context.Fail("the identity provider sent no e-mail or no Buerogewitter role");
            return;
        }

        var users = context.HttpContext.RequestServices.GetRequiredService<AdminUserStore>();
        var cancellationToken = context.HttpContext.RequestAborted;
        var user = await users.FindAsync(email, cancellationToken);
        if (user is null)
        {
            // Organisations are assigned by an administrator; until then a new consultant or manager sees none.
            await users.CreateAsync(new NewAdminUser(email, claims.FindFirstValue("name") ?? email, null, role, []), cancellationToken);
            user = await users.FindAsync(email, cancellationToken);
        }
        else if (user.Role != role)
        {
            await users.SetRoleAsync(user.Id, role, cancellationToken);
            user = user with { Role = role };
        }

        if (user is not { Active: true })
        {
            context.Fail("the account is deactivated");
            return;
        }

        context.Principal = AdminPrincipal.For(user);
    }
}
