namespace Buerogewitter.Core.Metrics;

/// <summary>How much of the official strategy one side's answers name, from the priorities named per answer.</summary>
public static class PriorityRecall
{
    /// <summary>Mean share of the official priorities named per answer (0…1).</summary>
    public static double MeanShare(IReadOnlyList<int> prioritiesNamedPerAnswer, int priorityCount)
    {
        Validate(prioritiesNamedPerAnswer, priorityCount);
        return prioritiesNamedPerAnswer.Average(named => (double)named / priorityCount);
    }

    /// <summary>Share of answers that name at least one official priority (0…1).</summary>
    public static double ShareNamingAny(IReadOnlyList<int> prioritiesNamedPerAnswer, int priorityCount)
    {
        Validate(prioritiesNamedPerAnswer, priorityCount);
        return prioritiesNamedPerAnswer.Average(named => named > 0 ? 1.0 : 0.0);
    }

    private static void Validate(IReadOnlyList<int> prioritiesNamedPerAnswer, int priorityCount)
    {
        Samples.RequireNotEmpty(prioritiesNamedPerAnswer, nameof(prioritiesNamedPerAnswer));
        ArgumentOutOfRangeException.ThrowIfLessThan(priorityCount, 1);
        if (prioritiesNamedPerAnswer.Any(named => named < 0 || named > priorityCount))
        {
            throw new ArgumentOutOfRangeException(nameof(prioritiesNamedPerAnswer), $"An answer names between 0 and {priorityCount} priorities.");
        }
    }
}
