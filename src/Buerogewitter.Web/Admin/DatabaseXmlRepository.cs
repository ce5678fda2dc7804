using System.Xml.Linq;
using Buerogewitter.Data.Admin;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Buerogewitter.Web.Admin;

/// <summary>
/// Keeps the data-protection key ring in the database (docs/engines.md: several instances share sign-ins).
/// With <paramref name="encryptedOnly"/> (a certificate protects the keys, <see cref="KeyProtection"/>),
/// keys stored in clear are passed over: a copy of the database could have leaked them, so a cookie
/// signed with one is not trusted, and the key manager makes a new, encrypted key.
/// </summary>
public sealed class DatabaseXmlRepository(DataProtectionKeyStore store, bool encryptedOnly) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        store.All().Select(XElement.Parse).Where(element => !encryptedOnly || !InClear(element)).ToList();

    public void StoreElement(XElement element, string friendlyName) => store.Add(friendlyName, element.ToString(SaveOptions.DisableFormatting));

    // Revocations carry no secret and always count; a key is in clear when its descriptor has no encrypted secret.
    private static bool InClear(XElement element) =>
        element.Name.LocalName == "key" && !element.Descendants().Any(d => d.Name.LocalName == "encryptedSecret");
}
