using Buerogewitter.Analytics.Batch;
using Buerogewitter.Core.Text;

namespace Buerogewitter.Tests.Analytics;

public class BatchTests
{
    private static readonly CsvTable Answers = CsvReader.Parse(
        "Antwort;Abteilung\nNeukunden gewinnen;AD\nAngebote schneller;ID\nkeine Ahnung;AD\nNeukunden im Mittelstand;ID\nAngebote in 24h;AD\n");

    [Fact]
    public void Cluster_writes_one_row_per_input_row_in_order_with_row_numbers_as_ids()
    {
        var output = ClusterBatch.Run(Answers, new ClusterRequest("antwort", K: 2));
        Assert.Equal(["id", "theme", "theme_label", "diffuse"], output.Header);
        Assert.Equal(["1", "2", "3", "4", "5"], output.Rows.Select(r => r[0]));
        Assert.Equal(["", "", "1"], output.Rows[2].Skip(1));
        Assert.Equal(output.Rows[0][1], output.Rows[3][1]);
        Assert.NotEqual(output.Rows[0][1], output.Rows[1][1]);
    }

    [Fact]
    public void Cluster_reads_with_the_sentence_model_up_to_its_limit_unless_turned_off()
    {
        Assert.Contains(ClusterBatch.Run(Answers, new ClusterRequest("antwort", K: 2)).Summary,
            line => line.EndsWith("read by character n-grams and all-MiniLM-L6-v2 sentence embeddings", StringComparison.Ordinal));
        Assert.Contains(ClusterBatch.Run(Answers, new ClusterRequest("antwort", K: 2, Embeddings: "off")).Summary,
            line => line.EndsWith("read by character n-grams", StringComparison.Ordinal));
        var error = Assert.Throws<BatchInputException>(() => ClusterBatch.Run(Answers, new ClusterRequest("antwort", Embeddings: "yes")));
        Assert.Equal("--embeddings must be on, off or auto, not 'yes'", error.Message);
    }

    [Fact]
    public void Missing_column_is_a_one_line_input_error()
    {
        var error = Assert.Throws<BatchInputException>(() => ClusterBatch.Run(Answers, new ClusterRequest("text")));
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("'text'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_without_rows_is_an_input_error() =>
        Assert.Throws<BatchInputException>(() => ClusterBatch.Run(CsvReader.Parse("text\n"), new ClusterRequest("text")));

    [Fact]
    public void Score_writes_priority_ids_and_flags_by_answer_id()
    {
        var priorities = CsvReader.Parse("id,text,examples\nP1,Neukunden gewinnen,Kaltakquise\nP2,Angebote in 24 Stunden,\n");
        var stale = CsvReader.Parse("id,text\nS1,Messepräsenz verstärken\n");
        var input = CsvReader.Parse("nr,text\na7,\"Kaltakquise, und Angebote in 24 Stunden raus\"\nb2,mehr auf Messen\nc3,weiß nicht\n");

        var output = ScoreBatch.Run(priorities, stale, null, input, new ScoreRequest("text", "nr"), resources: PriorityScorerTests.WordsOnly);

        Assert.Equal(["id", "priorities", "diffuse", "stale", "off_topic"], output.Header);
        Assert.Equal(["a7", "P1;P2", "0", "0", "0"], output.Rows[0]);
        Assert.Equal(["b2", "", "0", "1", "0"], output.Rows[1]);
        Assert.Equal(["c3", "", "1", "0", "0"], output.Rows[2]);
    }
}
