using System.Globalization;
using Buerogewitter.Core.Participants;

namespace Buerogewitter.Core.Metrics;

/// <summary>Strategy clarity of one side on a 0–100 scale; the formula is shown in every report's footnote.</summary>
public static class ClarityIndex
{
    // Recall dominates because it is the honest measure: it is scored against the official
    // priorities, whereas people rate their own clarity far too high (Sull et al. 2015, 2018).
    // Non-diffuse answers and consensus get the rest in equal parts: a concrete answer can still
    // miss the strategy, and a side can agree on the wrong thing ("mehr Umsatz"), so neither may
    // outweigh recall. The weights add up to 1.
    public const double RecallWeight = 0.6;
    public const double NotDiffuseWeight = 0.2;
    public const double ConsensusWeight = 0.2;

    /// <summary>100 × (recall weight × mean recall + weight × (1 − diffuse share) + weight × consensus); each input is a share 0…1.</summary>
    public static double Compute(double meanRecall, double diffuseShare, double consensus)
    {
        RequireShare(meanRecall, nameof(meanRecall));
        RequireShare(diffuseShare, nameof(diffuseShare));
        RequireShare(consensus, nameof(consensus));
        return 100 * ((RecallWeight * meanRecall) + (NotDiffuseWeight * (1 - diffuseShare)) + (ConsensusWeight * consensus));
    }

    /// <summary>The formula as one sentence for a report footnote, in German ("de") or English ("en").</summary>
    public static string FormulaText(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language switch
        {
            Languages.German => "de-DE",
            Languages.English => "en-GB",
            _ => throw new ArgumentException($"'{language}' is not one of {string.Join(", ", Languages.All)}.", nameof(language)),
        });
        var text = language == Languages.German
            ? "Klarheitsindex = 100 × ({0} × Prioritäten-Trefferquote + {1} × (1 − Anteil diffuser Antworten) + {2} × Konsens). "
              + "Trefferquote: mittlerer Anteil der offiziellen Prioritäten, die eine Antwort nennt. "
              + "Konsens: 1 − normierte Entropie der Verteilung der Seite über die Prioritäten, veraltete, diffuse und sonstige Antworten."
            : "Clarity index = 100 × ({0} × priority recall + {1} × (1 − share of diffuse answers) + {2} × consensus). "
              + "Recall: mean share of the official priorities an answer names. "
              + "Consensus: 1 − normalised entropy of the side's distribution over the priorities, retired, diffuse and other answers.";
        return string.Format(culture, text, RecallWeight, NotDiffuseWeight, ConsensusWeight);
    }

    private static void RequireShare(double value, string name)
    {
        if (!(value is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "Expected a share between 0 and 1.");
        }
    }
}
