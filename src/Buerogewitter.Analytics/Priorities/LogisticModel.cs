namespace Buerogewitter.Analytics.Priorities;

/// <summary>
/// Logistic regression over a handful of named features, fitted by Newton's method with a small ridge
/// penalty (no intercept penalty). Small enough to print, read and ship as numbers.
/// </summary>
public sealed record LogisticModel(IReadOnlyList<string> Features, IReadOnlyList<double> Weights)
{
    public double Probability(ReadOnlySpan<double> x)
    {
        var z = 0.0;
        for (var i = 0; i < Weights.Count; i++) z += Weights[i] * x[i];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// Fits weights for rows whose first value is the constant 1 (the intercept). The penalty pulls the weights
    /// towards <paramref name="prior"/> (zero when not given), so a few rows adjust a fitted model rather than replace it.
    /// Without a prior the intercept is not penalised.
    /// </summary>
    public static LogisticModel Fit(IReadOnlyList<string> features, IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, double ridge = 1.0,
        IReadOnlyList<double>? prior = null, int iterations = 50)
    {
        ArgumentNullException.ThrowIfNull(features);
        return Fit(features, rows, labels, [.. features.Select((_, i) => i == 0 && prior is null ? 0 : ridge)], prior, iterations);
    }

    /// <summary>Fits weights as above with a penalty of its own for each weight (0: not penalised).</summary>
    public static LogisticModel Fit(IReadOnlyList<string> features, IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, IReadOnlyList<double> ridges,
        IReadOnlyList<double>? prior = null, int iterations = 50)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(ridges);
        var d = features.Count;
        var w = prior?.ToArray() ?? new double[d];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            for (var r = 0; r < rows.Count; r++)
            {
                var x = rows[r];
                var z = 0.0;
                for (var i = 0; i < d; i++) z += w[i] * x[i];
                var p = 1 / (1 + Math.Exp(-z));
                var error = p - (labels[r] ? 1 : 0);
                var curvature = Math.Max(p * (1 - p), 1e-9);
                for (var i = 0; i < d; i++)
                {
                    gradient[i] += error * x[i];
                    for (var j = 0; j < d; j++) hessian[i, j] += curvature * x[i] * x[j];
                }
            }
            for (var i = 0; i < d; i++)
            {
                gradient[i] += ridges[i] * (w[i] - (prior?[i] ?? 0));
                hessian[i, i] += ridges[i];
            }
            hessian[0, 0] += 1e-6;
            var step = Solve(hessian, gradient);
            // A full Newton step can overshoot where the data nearly separate (the curvature there is tiny) and
            // then swing back and forth; halving it until the penalised loss falls makes every step an improvement.
            var loss = Loss(w, rows, labels, ridges, prior);
            var next = new double[d];
            for (var halvings = 0; halvings < 30; halvings++)
            {
                for (var i = 0; i < d; i++) next[i] = w[i] - step[i];
                if (Loss(next, rows, labels, ridges, prior) <= loss) break;
                for (var i = 0; i < d; i++) step[i] /= 2;
            }
            var change = 0.0;
            for (var i = 0; i < d; i++)
            {
                w[i] -= step[i];
                change = Math.Max(change, Math.Abs(step[i]));
            }
            if (change < 1e-8) break;
        }
        return new LogisticModel(features, w);
    }

    /// <summary>The negative log-likelihood of the rows plus the ridge penalty.</summary>
    private static double Loss(double[] w, IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, IReadOnlyList<double> ridges, IReadOnlyList<double>? prior)
    {
        var loss = 0.0;
        for (var r = 0; r < rows.Count; r++)
        {
            var z = 0.0;
            for (var i = 0; i < w.Length; i++) z += w[i] * rows[r][i];
            // log(1 + e^z) - y·z, written so that neither exponential overflows.
            loss += (z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))) - (labels[r] ? z : 0);
        }
        for (var i = 0; i < w.Length; i++)
        {
            var shift = w[i] - (prior?[i] ?? 0);
            loss += ridges[i] * shift * shift / 2;
        }
        return loss;
    }

    /// <summary>Gaussian elimination with partial pivoting; the Hessian plus ridge is positive definite.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col])) pivot = row;
            }
            if (pivot != col)
            {
                for (var k = 0; k < n; k++) (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
                (x[col], x[pivot]) = (x[pivot], x[col]);
            }
            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / m[col, col];
                for (var k = col; k < n; k++) m[row, k] -= factor * m[col, k];
                x[row] -= factor * x[col];
            }
        }
        for (var row = n - 1; row >= 0; row--)
        {
            for (var k = row + 1; k < n; k++) x[row] -= m[row, k] * x[k];
            x[row] /= m[row, row];
        }
        return x;
    }
}
