using Buerogewitter.Core.Organisations;

namespace Buerogewitter.Tests.Organisations;

public sealed class OrganisationRulesTests
{
    [Theory]
    [InlineData("kesselbach", true)]
    [InlineData("nord-2", true)]
    [InlineData("Kesselbach", false)]
    [InlineData("-x", false)]
    [InlineData("a", false)]
    [InlineData("with space", false)]
    public void Slugs_are_short_lower_case_url_names(string slug, bool valid) =>
        Assert.Equal(valid, OrganisationRules.CheckSlug(slug) is null);

    [Fact]
    public void Time_zones_must_be_known()
    {
        Assert.Null(OrganisationRules.CheckTimeZone("Europe/Berlin"));
        Assert.Equal("time zone 'Mars/Olympus' is not known (use an IANA name such as Europe/Berlin)", OrganisationRules.CheckTimeZone("Mars/Olympus"));
    }
}
