using Buerogewitter.Analytics.Text;

namespace Buerogewitter.Analytics.Themes;

/// <summary>
/// Mean silhouette (Euclidean, as KMeans optimises) on a fixed sample. The pairwise distances are
/// computed once and reused for every candidate k, so choosing k costs one O(sample²) pass.
/// </summary>
internal sealed class Silhouette
{
    private readonly float[,] _distances;

    public Silhouette(IReadOnlyList<SparseVector> sample, int dimension)
    {
        var n = sample.Count;
        _distances = new float[n, n];
        var norms = sample.Select(p => p.Values.Sum(v => v * v)).ToArray();
        // Row by row: point i spread into a dense vector makes each dot product a plain gather over
        // the other point's non-zeros; rows are independent, so they are shared out over the cores.
        Parallel.For(0, n, () => new float[dimension], (i, _, dense) =>
        {
            var p = sample[i];
            for (var f = 0; f < p.Indices.Length; f++) dense[p.Indices[f]] = p.Values[f];
            for (var j = i + 1; j < n; j++)
            {
                var d = MathF.Sqrt(MathF.Max(0, norms[i] + norms[j] - (2 * sample[j].Dot(dense))));
                _distances[i, j] = d;
                _distances[j, i] = d;
            }
            for (var f = 0; f < p.Indices.Length; f++) dense[p.Indices[f]] = 0;
            return dense;
        }, _ => { });
    }

    public double Score(int[] labels, int k)
    {
        var n = labels.Length;
        var sizes = new int[k];
        foreach (var l in labels) sizes[l]++;
        var sums = new double[k];
        double total = 0;
        for (var i = 0; i < n; i++)
        {
            Array.Clear(sums);
            for (var j = 0; j < n; j++)
            {
                if (i != j) sums[labels[j]] += _distances[i, j];
            }
            var own = labels[i];
            // A point alone in its cluster has silhouette 0 by convention.
            if (sizes[own] <= 1) continue;
            var a = sums[own] / (sizes[own] - 1);
            var b = double.MaxValue;
            for (var c = 0; c < k; c++)
            {
                if (c != own && sizes[c] > 0) b = Math.Min(b, sums[c] / sizes[c]);
            }
            if (b == double.MaxValue) continue;
            var max = Math.Max(a, b);
            if (max > 0) total += (b - a) / max;
        }
        return n == 0 ? 0 : total / n;
    }
}
