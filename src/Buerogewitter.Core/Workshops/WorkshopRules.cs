namespace Buerogewitter.Core.Workshops;

public enum WorkshopProblem
{
    /// <summary>The field is empty.</summary>
    Required,

    /// <summary>Some measures are given but not exactly <see cref="WorkshopRecord.MeasureCount"/> complete ones.</summary>
    NoneOrThreeMeasures,

    /// <summary>The record drops measures that were agreed before.</summary>
    MeasuresStay,
}

/// <summary>One problem of a workshop record, named by the field it is about (as the form names it).</summary>
public sealed record WorkshopError(string Field, WorkshopProblem Problem);

/// <summary>
/// The method's rules for a workshop record, for every path that writes one (page, store): the workshop ends
/// with none or exactly three measures, each with a title and one owner on each side, and measures once agreed
/// are never removed, because waves have asked about them and answers point at them.
/// </summary>
public static class WorkshopRules
{
    public const string MeasuresField = "Measures";

    public static string MeasureField(int index, string property) => $"{MeasuresField}[{index}].{property}";

    /// <summary>Every problem of <paramref name="record"/>; <paramref name="storedMeasures"/> is how many the stored record it replaces has.</summary>
    public static IReadOnlyList<WorkshopError> Check(WorkshopRecord record, int storedMeasures)
    {
        ArgumentNullException.ThrowIfNull(record);
        var errors = new List<WorkshopError>();
        void Require(string field, string value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(new WorkshopError(field, WorkshopProblem.Required));
            }
        }

        Require(nameof(WorkshopRecord.Moderator), record.Moderator);
        Require(nameof(WorkshopRecord.Goal), record.Goal);
        if (record.Measures.Count == 0)
        {
            if (storedMeasures > 0)
            {
                errors.Add(new WorkshopError(MeasuresField, WorkshopProblem.MeasuresStay));
            }

            return errors;
        }

        var before = errors.Count;
        for (var i = 0; i < record.Measures.Count; i++)
        {
            Require(MeasureField(i, nameof(WorkshopMeasure.Title)), record.Measures[i].Title);
            Require(MeasureField(i, nameof(WorkshopMeasure.OwnerInside)), record.Measures[i].OwnerInside);
            Require(MeasureField(i, nameof(WorkshopMeasure.OwnerField)), record.Measures[i].OwnerField);
        }

        if (record.Measures.Count != WorkshopRecord.MeasureCount || errors.Count > before)
        {
            errors.Add(new WorkshopError(MeasuresField, WorkshopProblem.NoneOrThreeMeasures));
        }

        return errors;
    }

    /// <summary>Throws when <paramref name="record"/> breaks a rule: for writers without a form to show the problems on.</summary>
    public static void Ensure(WorkshopRecord record, int storedMeasures)
    {
        var errors = Check(record, storedMeasures);
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                $"the workshop record breaks the method's rules: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Problem}"))}", nameof(record));
        }
    }
}
