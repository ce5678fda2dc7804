namespace Buerogewitter.Web.Pages.Surveys;

/// <summary>One 1–5 scale on the survey page; <see cref="CannotSay"/> null hides that option.</summary>
public sealed record ScaleModel(string Field, string? Posted, string Low, string High, string? CannotSay);
