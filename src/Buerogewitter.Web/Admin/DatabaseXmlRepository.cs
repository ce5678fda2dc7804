using System.Xml.Linq;
using Buerogewitter.Data.Admin;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Buerogewitter.Web.Admin;

/// <summary>
/// Keeps the data-protection key ring in the database (DESIGN.md §8: several instances share
/// sign-ins). The keys are not encrypted at rest: whoever can read the database can already read
/// everything the cookies protect.
/// </summary>
public sealed class DatabaseXmlRepository(DataProtectionKeyStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => store.All().Select(XElement.Parse).ToList();

    public void StoreElement(XElement element, string friendlyName) => store.Add(friendlyName, element.ToString(SaveOptions.DisableFormatting));
}
