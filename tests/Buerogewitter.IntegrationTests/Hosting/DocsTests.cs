using System.Text.RegularExpressions;
using Buerogewitter.IntegrationTests.Infrastructure;

namespace Buerogewitter.IntegrationTests.Hosting;

/// <summary>The repository explains itself: code cites its own docs/, and every page it cites exists.</summary>
public sealed partial class DocsTests
{
    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void Issue18_comments_cite_docs_pages_that_exist_and_no_document_outside_the_repository()
    {
        var outside = new List<string>();
        var missing = new List<string>();
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(RepositoryPaths.Root, file);
            outside.AddRange(OutsideDocument().Matches(text).Select(m => $"{relative}: {m.Value}"));
            missing.AddRange(DocsPage().Matches(text).Select(m => m.Value)
                .Where(page => !File.Exists(Path.Combine(RepositoryPaths.Root, page))).Select(page => $"{relative}: {page}"));
        }

        Assert.True(outside.Count == 0, string.Join('\n', outside));
        Assert.True(missing.Count == 0, string.Join('\n', missing));
        Assert.Contains(SourceFiles(), file => DocsPage().IsMatch(File.ReadAllText(file)));
    }

    [GeneratedRegex(@"\b(DESIGN|STACK-NOTES|CONVENTIONS)\.md")]
    private static partial Regex OutsideDocument();

    [GeneratedRegex(@"docs/[a-z-]+\.md")]
    private static partial Regex DocsPage();
}
