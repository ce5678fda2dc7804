using Buerogewitter.Core.Workshops;

namespace Buerogewitter.Tests.Workshops;

public class WorkshopRulesTests
{
    private static readonly DateOnly Due = new(2027, 3, 1);

    private static WorkshopRecord Record(params WorkshopMeasure[] measures) =>
        new(new DateOnly(2027, 1, 15), "Kim Moderation", "Gemeinsame Ziele", null, [], measures);

    private static WorkshopMeasure Measure(int position, string ownerInside = "Ines", string ownerField = "Falk") =>
        new(position, $"Maßnahme {position}", ownerInside, ownerField, Due, MeasureStatuses.Open);

    [Fact]
    public void Issue18_a_record_without_measures_or_with_three_complete_ones_is_accepted()
    {
        Assert.Empty(WorkshopRules.Check(Record(), storedMeasures: 0));
        Assert.Empty(WorkshopRules.Check(Record(Measure(1), Measure(2), Measure(3)), storedMeasures: 3));
    }

    [Fact]
    public void Issue18_two_measures_break_the_none_or_three_rule()
    {
        var errors = WorkshopRules.Check(Record(Measure(1), Measure(2)), storedMeasures: 0);

        Assert.Equal([new WorkshopError("Measures", WorkshopProblem.NoneOrThreeMeasures)], errors);
    }

    [Fact]
    public void Issue18_a_measure_without_an_owner_on_one_side_names_that_field()
    {
        var errors = WorkshopRules.Check(Record(Measure(1), Measure(2, ownerField: " "), Measure(3)), storedMeasures: 0);

        Assert.Equal(
            [new WorkshopError("Measures[1].OwnerField", WorkshopProblem.Required), new WorkshopError("Measures", WorkshopProblem.NoneOrThreeMeasures)],
            errors);
    }

    [Fact]
    public void Issue18_agreed_measures_are_never_removed()
    {
        Assert.Equal([new WorkshopError("Measures", WorkshopProblem.MeasuresStay)], WorkshopRules.Check(Record(), storedMeasures: 3));
    }

    [Fact]
    public void Issue18_writers_without_a_form_get_an_exception_naming_each_broken_rule()
    {
        var record = Record(Measure(1), Measure(2)) with { Moderator = "" };

        var error = Assert.Throws<ArgumentException>(() => WorkshopRules.Ensure(record, storedMeasures: 0));

        Assert.Contains("Moderator: Required", error.Message, StringComparison.Ordinal);
        Assert.Contains("Measures: NoneOrThreeMeasures", error.Message, StringComparison.Ordinal);
    }
}
