namespace Buerogewitter.Core.Surveys;

/// <summary>A Likert item (1–5) with its question and both scale ends, in German and English.</summary>
public sealed record TemplateItem(string TextDe, string TextEn, string LowLabelDe, string HighLabelDe, string LowLabelEn, string HighLabelEn);

/// <summary>An organisation's questionnaire (docs/domain.md), every text in German and English.</summary>
public sealed record SurveyTemplate(
    string Name, string StrategyQuestionDe, string StrategyQuestionEn, string ClarityItemDe, string ClarityItemEn,
    string? OpenQuestionDe, string? OpenQuestionEn, IReadOnlyList<TemplateItem> Items);
