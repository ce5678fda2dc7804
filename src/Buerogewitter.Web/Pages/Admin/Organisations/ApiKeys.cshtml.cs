using Buerogewitter.Core.Pulses;
using Buerogewitter.Data.Admin;
using Buerogewitter.Web.Admin;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Organisations;

public sealed class ApiKeysModel(ApiKeyStore keys) : OrganisationPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    public string? NewKey { get; private set; }

    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Keys = await keys.ListAsync(Organisation.Id, cancellationToken);

    /// <summary>Rendered, not redirected: the key exists only in this response and its hash in the database.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var token = InvitationToken.Create();
        await keys.CreateAsync(Organisation.Id, string.IsNullOrWhiteSpace(Name) ? "API" : Name.Trim(), token.Hash, cancellationToken);
        NewKey = token.Text;
        Response.Headers.CacheControl = "no-store";
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long keyId, CancellationToken cancellationToken)
    {
        await keys.RevokeAsync(Organisation.Id, keyId, cancellationToken);
        return Redirect($"/admin/o/{Organisation.Slug}/api-keys");
    }
}
