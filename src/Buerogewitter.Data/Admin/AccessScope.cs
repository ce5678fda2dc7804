namespace Buerogewitter.Data.Admin;

/// <summary>
/// The organisations a signed-in person or an API key may see. Every admin query takes one and puts
/// it into its WHERE clause, so a row of another organisation is never read, not merely hidden.
/// </summary>
public sealed record AccessScope(bool AllOrganisations, long? UserId, long? OrganisationId)
{
    public static AccessScope Everything { get; } = new(true, null, null);

    public static AccessScope ForUser(long userId) => new(false, userId, null);

    public static AccessScope ForOrganisation(long organisationId) => new(false, null, organisationId);

    /// <summary>A condition on <c>o.id</c>; its parameters come from <see cref="Parameters"/>.</summary>
    internal const string Condition = """
        (@scopeAll = 1 OR o.id = @scopeOrganisationId
         OR EXISTS (SELECT 1 FROM admin_user_organisation s WHERE s.organisation_id = o.id AND s.admin_user_id = @scopeUserId))
        """;

    // An int, not a bool: PostgreSQL refuses to compare boolean with integer literals.
    internal object Parameters => new { scopeAll = AllOrganisations ? 1 : 0, scopeUserId = UserId, scopeOrganisationId = OrganisationId };
}
