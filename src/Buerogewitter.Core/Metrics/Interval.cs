namespace Buerogewitter.Core.Metrics;

/// <summary>How a before/after difference reads once its uncertainty is taken into account.</summary>
public enum Verdict
{
    Improved,
    Worse,
    NotDistinguishableFromNoise,
}

/// <summary>A point estimate with a 95% interval.</summary>
public sealed record Interval(double Estimate, double Lower, double Upper)
{
    public bool CoversZero => Lower <= 0 && Upper >= 0;

    public bool Contains(double value) => Lower <= value && value <= Upper;

    /// <summary>
    /// Reads the interval as a difference (after − before). An interval that covers zero is
    /// never called an improvement or a decline, however large the estimate looks.
    /// </summary>
    public Verdict VerdictFor(bool higherIsBetter)
    {
        if (CoversZero)
        {
            return Verdict.NotDistinguishableFromNoise;
        }

        return (Estimate > 0) == higherIsBetter ? Verdict.Improved : Verdict.Worse;
    }
}
