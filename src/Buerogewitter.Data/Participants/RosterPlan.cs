using Buerogewitter.Core.Participants;

namespace Buerogewitter.Data.Participants;

/// <summary>What an import does to one row of the file.</summary>
public enum RosterChange
{
    New,
    Changed,
    Unchanged,
}

/// <summary>One row of the file against the roster: new, changed (which columns, "active" for a reactivation) or unchanged.</summary>
public sealed record RosterRowPlan(RosterEntry Entry, RosterChange Change, IReadOnlyList<string> ChangedFields, long? ParticipantId);

/// <summary>
/// What importing a checked file would do, computed by one rule for the preview and the import itself, so
/// that what the page promises is what the confirm step writes.
/// </summary>
public sealed record RosterPlan(IReadOnlyList<RosterRowPlan> Rows, IReadOnlyList<Participant> Deactivated, int ActiveBefore)
{
    public int Count(RosterChange change) => Rows.Count(r => r.Change == change);

    public static RosterPlan For(IReadOnlyList<Participant> roster, IReadOnlyList<RosterEntry> entries, bool deactivateMissing)
    {
        var byEmail = roster.ToDictionary(p => p.Email, StringComparer.OrdinalIgnoreCase);
        var rows = entries.Select(entry =>
        {
            if (!byEmail.TryGetValue(entry.Email, out var current))
            {
                return new RosterRowPlan(entry, RosterChange.New, [], null);
            }

            var changed = ChangedFields(current, entry);
            return new RosterRowPlan(entry, changed.Count == 0 ? RosterChange.Unchanged : RosterChange.Changed, changed, current.Id);
        }).ToList();

        var inFile = entries.Select(e => e.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var deactivated = deactivateMissing ? roster.Where(p => p.Active && !inFile.Contains(p.Email)).ToList() : [];
        return new RosterPlan(rows, deactivated, roster.Count(p => p.Active));
    }

    // Tandem names are unique within an organisation, so comparing names is comparing tandems.
    private static List<string> ChangedFields(Participant current, RosterEntry entry)
    {
        var changed = new List<string>();
        if (current.DisplayName != entry.Name)
        {
            changed.Add("name");
        }

        if (current.Side != entry.Side.Code())
        {
            changed.Add("side");
        }

        if (current.Tandem != entry.Tandem)
        {
            changed.Add("tandem");
        }

        if (current.Language != entry.Language)
        {
            changed.Add("language");
        }

        if (!current.Active)
        {
            changed.Add("active");
        }

        return changed;
    }
}
