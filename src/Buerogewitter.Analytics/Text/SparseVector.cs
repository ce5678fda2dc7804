namespace Buerogewitter.Analytics.Text;

/// <summary>A sparse feature vector: sorted slot indices and their values.</summary>
public sealed record SparseVector(int[] Indices, float[] Values)
{
    public float Dot(ReadOnlySpan<float> dense)
    {
        var sum = 0f;
        for (var i = 0; i < Indices.Length; i++) sum += Values[i] * dense[Indices[i]];
        return sum;
    }

    public float Dot(SparseVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        float sum = 0;
        int a = 0, b = 0;
        while (a < Indices.Length && b < other.Indices.Length)
        {
            var ia = Indices[a];
            var ib = other.Indices[b];
            if (ia == ib) { sum += Values[a++] * other.Values[b++]; }
            else if (ia < ib) a++;
            else b++;
        }
        return sum;
    }
}
