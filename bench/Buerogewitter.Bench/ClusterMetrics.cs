namespace Buerogewitter.Bench;

/// <summary>External clustering scores against gold labels (natural logarithms, arithmetic-mean NMI as in scikit-learn).</summary>
internal static class ClusterMetrics
{
    public static (double Nmi, double Ari, double VMeasure) Score(IReadOnlyList<int> gold, IReadOnlyList<int> predicted)
    {
        var n = gold.Count;
        var table = new Dictionary<(int, int), int>();
        var a = new Dictionary<int, int>();
        var b = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            table[(gold[i], predicted[i])] = table.GetValueOrDefault((gold[i], predicted[i])) + 1;
            a[gold[i]] = a.GetValueOrDefault(gold[i]) + 1;
            b[predicted[i]] = b.GetValueOrDefault(predicted[i]) + 1;
        }
        double Entropy(IEnumerable<int> counts) => -counts.Sum(c => (double)c / n * Math.Log((double)c / n));
        var hGold = Entropy(a.Values);
        var hPred = Entropy(b.Values);
        var mi = table.Sum(kv => (double)kv.Value / n * Math.Log((double)kv.Value * n / ((double)a[kv.Key.Item1] * b[kv.Key.Item2])));
        var nmi = hGold + hPred == 0 ? 1 : 2 * mi / (hGold + hPred);
        var homogeneity = hGold == 0 ? 1 : mi / hGold;
        var completeness = hPred == 0 ? 1 : mi / hPred;
        var v = homogeneity + completeness == 0 ? 0 : 2 * homogeneity * completeness / (homogeneity + completeness);

        static double Pairs(double x) => x * (x - 1) / 2;
        var index = table.Values.Sum(c => Pairs(c));
        var sumA = a.Values.Sum(c => Pairs(c));
        var sumB = b.Values.Sum(c => Pairs(c));
        var expected = sumA * sumB / Pairs(n);
        var max = (sumA + sumB) / 2;
        var ari = max == expected ? 1 : (index - expected) / (max - expected);
        return (nmi, ari, v);
    }
}
