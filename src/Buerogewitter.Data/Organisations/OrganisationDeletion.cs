using System.Data.Common;
using Dapper;

namespace Buerogewitter.Data.Organisations;

/// <summary>
/// Deletes an organisation with everything it owns, children first. The schema has no cascading
/// deletes because SQL Server refuses this model's multiple cascade paths.
/// </summary>
internal static class OrganisationDeletion
{
    private const string Waves = "SELECT id FROM wave WHERE organisation_id = @organisationId";
    private const string Responses = $"SELECT r.id FROM response r WHERE r.wave_id IN ({Waves})";
    private const string Workshops = "SELECT id FROM workshop WHERE organisation_id = @organisationId";

    private static readonly string[] Statements =
    [
        .. AnalysisStatements(Waves),
        $"DELETE FROM answer_code_priority WHERE answer_code_id IN (SELECT c.id FROM answer_code c WHERE c.response_id IN ({Responses}))",
        $"DELETE FROM answer_code WHERE response_id IN ({Responses})",
        $"DELETE FROM response_measure_check WHERE response_id IN ({Responses})",
        $"DELETE FROM response_rating WHERE response_id IN ({Responses})",
        $"DELETE FROM response WHERE wave_id IN ({Waves})",
        $"DELETE FROM mail_delivery WHERE invitation_id IN (SELECT i.id FROM invitation i WHERE i.wave_id IN ({Waves}))",
        $"DELETE FROM invitation_link WHERE invitation_id IN (SELECT i.id FROM invitation i WHERE i.wave_id IN ({Waves}))",
        $"DELETE FROM invitation WHERE wave_id IN ({Waves})",
        $"DELETE FROM wave_measure WHERE wave_id IN ({Waves})",
        $"DELETE FROM wave_problem WHERE wave_id IN ({Waves})",
        "DELETE FROM wave WHERE organisation_id = @organisationId",
        $"DELETE FROM measure_owner_mail WHERE measure_id IN (SELECT m.id FROM measure m WHERE m.workshop_id IN ({Workshops}))",
        $"DELETE FROM measure WHERE workshop_id IN ({Workshops})",
        $"DELETE FROM workshop_card WHERE workshop_id IN ({Workshops})",
        "DELETE FROM workshop WHERE organisation_id = @organisationId",
        "DELETE FROM survey_item WHERE template_id IN (SELECT id FROM survey_template WHERE organisation_id = @organisationId)",
        "DELETE FROM survey_template WHERE organisation_id = @organisationId",
        "DELETE FROM priority WHERE strategy_version_id IN (SELECT id FROM strategy_version WHERE organisation_id = @organisationId)",
        "DELETE FROM strategy_version WHERE organisation_id = @organisationId",
        "DELETE FROM participant WHERE organisation_id = @organisationId",
        "DELETE FROM tandem WHERE organisation_id = @organisationId",
        "DELETE FROM organisation_manager WHERE organisation_id = @organisationId",
        "DELETE FROM report_delivery WHERE organisation_id = @organisationId",
        // Accounts stay; only their access to this organisation goes (a rerun of demo assigns the demo accounts again).
        "DELETE FROM admin_user_organisation WHERE organisation_id = @organisationId",
        "DELETE FROM api_key WHERE organisation_id = @organisationId",
        "DELETE FROM organisation WHERE id = @organisationId",
    ];

    public static Task DeleteAsync(DbConnection connection, DbTransaction transaction, long organisationId, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, Statements, new { organisationId }, cancellationToken);

    /// <summary>Deletes one wave's analysis, children first, as a new run of the analysis replaces it.</summary>
    public static Task DeleteAnalysisAsync(DbConnection connection, DbTransaction transaction, long waveId, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, AnalysisStatements("@waveId"), new { waveId }, cancellationToken);

    // The analysis rows of the waves the given query (or parameter) selects.
    private static string[] AnalysisStatements(string waves)
    {
        var analyses = $"SELECT a.id FROM analysis a WHERE a.wave_id IN ({waves})";
        return
        [
            $"DELETE FROM analysis_answer_priority WHERE analysis_id IN ({analyses})",
            $"DELETE FROM analysis_answer WHERE analysis_id IN ({analyses})",
            $"DELETE FROM analysis_theme WHERE analysis_id IN ({analyses})",
            $"DELETE FROM analysis_metric WHERE analysis_id IN ({analyses})",
            $"DELETE FROM analysis WHERE wave_id IN ({waves})",
        ];
    }

    private static async Task ExecuteAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<string> statements, object parameters, CancellationToken cancellationToken)
    {
        foreach (var statement in statements)
        {
            await connection.ExecuteAsync(new CommandDefinition(statement, parameters, transaction, cancellationToken: cancellationToken));
        }
    }
}
