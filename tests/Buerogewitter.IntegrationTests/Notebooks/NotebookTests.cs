using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Buerogewitter.IntegrationTests.Infrastructure;

namespace Buerogewitter.IntegrationTests.Notebooks;

/// <summary>
/// The consultant notebooks run headless with dotnet-repl, so a change in the assemblies they reference
/// breaks a test here instead of a client meeting.
/// </summary>
public sealed class NotebookTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(3);

    // One restore for all rows: it is the slow, network-bound part.
    private static readonly Lazy<Task<ProcessResult>> ToolRestore = new(() =>
        RunAsync("dotnet", ["tool", "restore"], RepositoryPaths.Root, RestoreTimeout, CancellationToken.None));

    private static string NotebookFolder => Path.Combine(RepositoryPaths.Root, "notebooks");

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(NotebookFolder, "*.ipynb").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_runs_headless_without_a_failing_cell(string notebook)
    {
        var restore = await ToolRestore.Value;
        if (restore.ExitCode != 0)
        {
            var reason = $"dotnet tool restore failed (exit {restore.ExitCode}), so dotnet-repl is not available:\n{restore.Output}";
            Assert.False(Engines.InCi, reason);
            Assert.Skip(reason);
        }

        var built = Path.Combine(RepositoryPaths.Root, "src", "Buerogewitter.Web", "bin", "Debug", "net10.0", "buerogewitter.dll");
        Assert.True(File.Exists(built), $"{built} is missing: the notebooks reference the Debug build, run `dotnet build Buerogewitter.sln` first");

        var executed = Path.Combine(Path.GetTempPath(), $"notebook-{Guid.NewGuid():N}.ipynb");
        try
        {
            // The notebook folder is the working directory because `#r` resolves relative paths against it,
            // as VS Code does when it opens the notebook.
            var run = await RunAsync(
                "dotnet",
                ["repl", "--run", notebook, "--exit-after-run", "--output-path", executed],
                NotebookFolder,
                RunTimeout,
                TestContext.Current.CancellationToken);

            Assert.True(run.ExitCode == 0, $"{notebook} failed (exit {run.ExitCode}).\n{CellErrors(executed)}\n{run.Output}");
        }
        finally
        {
            File.Delete(executed);
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Committed_notebook_carries_no_outputs(string notebook)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(NotebookFolder, notebook)));
        var codeCells = document.RootElement.GetProperty("cells").EnumerateArray()
            .Where(cell => cell.GetProperty("cell_type").GetString() == "code")
            .ToList();

        Assert.NotEmpty(codeCells);
        Assert.All(codeCells, cell =>
        {
            Assert.Equal(0, cell.GetProperty("outputs").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, cell.GetProperty("execution_count").ValueKind);
        });
    }

    // dotnet-repl prints nothing for a failing cell when it runs headless; the error only lands in the executed notebook.
    private static string CellErrors(string executedNotebook)
    {
        if (!File.Exists(executedNotebook))
        {
            return "(no executed notebook was written)";
        }

        using var document = JsonDocument.Parse(File.ReadAllText(executedNotebook));
        var errors = new StringBuilder();
        var cellNumber = 0;
        foreach (var cell in document.RootElement.GetProperty("cells").EnumerateArray())
        {
            cellNumber++;
            if (!cell.TryGetProperty("outputs", out var outputs))
            {
                continue;
            }

            foreach (var output in outputs.EnumerateArray())
            {
                if (output.GetProperty("output_type").GetString() == "error")
                {
                    errors.AppendLine(CultureInfo.InvariantCulture, $"cell {cellNumber}: {output.GetProperty("evalue").GetString()}");
                }
            }
        }

        return errors.Length == 0 ? "(no cell reported an error)" : errors.ToString();
    }

    private sealed record ProcessResult(int ExitCode, string Output);

    private static async Task<ProcessResult> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            // The kernel starts child processes (NuGet restore); leaving them would hold files and cores.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            lock (output) return new ProcessResult(-1, $"timed out after {timeout}\n{output}");
        }

        await process.WaitForExitAsync(CancellationToken.None);
        lock (output) return new ProcessResult(process.ExitCode, output.ToString());
    }
}
