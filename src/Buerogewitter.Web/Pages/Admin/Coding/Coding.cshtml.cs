using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Buerogewitter.Analytics.Priorities;
using Buerogewitter.Core.Anonymity;
using Buerogewitter.Data.Coding;
using Buerogewitter.Data.Strategy;
using Buerogewitter.Web.Admin;
using Buerogewitter.Web.Analysis;
using Buerogewitter.Web.Coding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;

namespace Buerogewitter.Web.Pages.Admin.Coding;

public sealed class CodingInput
{
    public string? Token { get; set; }

    public List<int> Positions { get; set; } = [];

    public bool None { get; set; }
}

/// <summary>One answer to code: its masked text, the priorities of its strategy version, and an opaque token instead of its id.</summary>
public sealed record CodingItem(int Number, string Token, string Text, IReadOnlyList<CodingPriority> Priorities);

public sealed record CodingAgreement(int VersionNo, int Coded, SupervisedReport? Report);

/// <summary>
/// Consultants code a sample of answers against the priorities, for the supervised recall model
/// (<see cref="CodedRecall"/>). Nothing on the page or in its form can link an answer to a person:
/// no side, date, language or response id — each answer travels as a token encrypted for this coder
/// only, and the sample comes in an order drawn per coder, not in the order of submission.
/// </summary>
public sealed class CodingModel(CodingStore store, StrategyAdminStore strategies, TimeProvider clock, IDataProtectionProvider protection) : OrganisationPageModel
{
    public const int BatchSize = 5;

    /// <summary>Free text is never shown from waves with fewer answers, whatever the organisation's own threshold.</summary>
    public const int MinWaveResponses = 10;

    [BindProperty]
    public List<CodingInput> Answers { get; set; } = [];

    public IReadOnlyList<CodingItem> Items { get; private set; } = [];

    public int Codable { get; private set; }

    public int CodedByYou { get; private set; }

    public int? Saved { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<CodingAgreement> Agreements { get; private set; } = [];

    public int MinResponses => Math.Max(MinWaveResponses, Organisation.TextMinResponses);

    public CodingText Texts => CodingText.Current;

    /// <summary>"0,86 (0,79–0,92)": the cross-validated F1 with its 95% interval.</summary>
    public static string F1(CodedCandidate candidate) => string.Format(CultureInfo.CurrentCulture, "{0:0.00} ({1:0.00}–{2:0.00})", candidate.F1, candidate.Lower, candidate.Upper);

    public async Task OnGetAsync(int? saved, CancellationToken cancellationToken)
    {
        Saved = saved;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var protector = Protector();
        var priorities = await store.PrioritiesAsync(Organisation.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var codes = new List<(Guid ResponseId, List<long> PriorityIds)>();
        foreach (var answer in Answers)
        {
            if (!answer.None && answer.Positions.Count == 0)
            {
                continue;
            }

            if (answer.None && answer.Positions.Count > 0)
            {
                Error = Texts.NoneAndPriority;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                await LoadAsync(cancellationToken);
                return Page();
            }

            if (Unprotect(protector, answer.Token) is not { } responseId
                || await store.CodableVersionAsync(Organisation.Id, responseId, MinResponses, now, cancellationToken) is not { } versionId)
            {
                return NotFound();
            }

            var ids = answer.Positions.Distinct()
                .Select(position => priorities.FirstOrDefault(p => p.StrategyVersionId == versionId && p.Position == position)?.Id)
                .ToList();
            if (ids.Any(id => id is null))
            {
                return BadRequest();
            }

            codes.Add((responseId, ids.Select(id => id!.Value).ToList()));
        }

        foreach (var (responseId, priorityIds) in codes)
        {
            await store.SaveAsync(responseId, User.UserId()!.Value, priorityIds, cancellationToken);
        }

        return Redirect(string.Create(CultureInfo.InvariantCulture, $"/admin/o/{Organisation.Slug}/coding?saved={codes.Count}"));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var coder = User.UserId()!.Value;
        var codable = await store.CodableAsync(Organisation.Id, MinResponses, clock.GetUtcNow(), cancellationToken);
        var mine = await store.CodedByAsync(Organisation.Id, coder, cancellationToken);
        var priorities = await store.PrioritiesAsync(Organisation.Id, cancellationToken);
        var byVersion = priorities.ToLookup(p => p.StrategyVersionId);
        var masker = new QuoteMasker(await store.PersonNamesAsync(Organisation.Id, cancellationToken));
        var protector = Protector();
        Codable = codable.Count;
        CodedByYou = codable.Count(a => mine.Contains(a.ResponseId));
        Items = codable.Where(a => !mine.Contains(a.ResponseId))
            .OrderBy(a => SampleKey(coder, a.ResponseId))
            .Take(BatchSize)
            .Select((a, i) => new CodingItem(i, protector.Protect(a.ResponseId.ToString("N")), masker.Mask(a.Text), byVersion[a.StrategyVersionId].ToList()))
            .ToList();

        var agreements = new List<CodingAgreement>();
        var resources = ScorerResources.WithGlossary(await strategies.GlossaryAsync(Organisation.Id, cancellationToken));
        foreach (var version in priorities.GroupBy(p => (p.StrategyVersionId, p.VersionNo)))
        {
            var coded = await store.CodedAsync(version.Key.StrategyVersionId, cancellationToken);
            if (coded.Count == 0)
            {
                continue;
            }

            // The same scorer as the wave analysis: earlier versions' priorities are its stale ones.
            var scorer = new PriorityScorer(
                version.Select(p => CodedRecall.ToPriority(p.Id, p.Text, p.Examples, p.TextEn)).ToList(),
                priorities.Where(p => p.VersionNo < version.Key.VersionNo).Select(p => CodedRecall.ToPriority(p.Id, p.Text, p.Examples, p.TextEn)).ToList(),
                resources);
            var report = CodedRecall.Score(scorer, [], [], coded, WaveAnalysis.Seed).Supervised;
            agreements.Add(new CodingAgreement(version.Key.VersionNo, coded.Count, report));
        }

        Agreements = agreements;
    }

    // Bound to the coder: a token copied from someone else's page does not open here.
    private IDataProtector Protector() =>
        protection.CreateProtector("Buerogewitter.Coding", User.UserId()!.Value.ToString(CultureInfo.InvariantCulture));

    private static Guid? Unprotect(IDataProtector protector, string? token)
    {
        try
        {
            return Guid.TryParseExact(protector.Unprotect(token ?? ""), "N", out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>A stable position per coder and answer that says nothing about when the answer came in.</summary>
    private static ulong SampleKey(long coder, Guid responseId)
    {
        Span<byte> input = stackalloc byte[24];
        BinaryPrimitives.WriteInt64LittleEndian(input, coder);
        responseId.TryWriteBytes(input[8..]);
        return BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(input));
    }
}
