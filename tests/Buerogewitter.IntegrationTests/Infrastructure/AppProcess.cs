using System.Diagnostics;
using System.Text;

namespace Buerogewitter.IntegrationTests.Infrastructure;

/// <summary>
/// The real executable (buerogewitter.dll, copied next to the tests by the project reference) as a child
/// process against a test database, for what only a separate process shows: being killed, being stopped.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private readonly string folder;

    private AppProcess(Process process, string folder)
    {
        this.process = process;
        this.folder = folder;
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public string Out => Read(output);

    public string Error => Read(error);

    /// <summary>Starts a verb with the engine's test database and the given settings (as environment variables).</summary>
    public static AppProcess Start(string engine, IReadOnlyDictionary<string, string?> settings, params string[] args) =>
        Start(engine, settings, [], args);

    /// <summary>
    /// Starts a verb in its own mount namespace where an empty file system covers /usr/share/fonts, the
    /// folder the bundled Skia reads system fonts from: the process sees no font but what it carries.
    /// Needs root (to mount); in CI it runs as root.
    /// </summary>
    public static AppProcess StartWithoutSystemFonts(string engine, IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            Assert.SkipUnless(Engines.InCi, "hiding the system fonts from a process needs root (a mount namespace)");
        }

        return Start(engine, settings, ["unshare", "--mount", "--propagation", "private", "sh", "-c", "mount -t tmpfs tmpfs /usr/share/fonts && exec \"$@\"", "sh"], args);
    }

    private static AppProcess Start(string engine, IReadOnlyDictionary<string, string?> settings, string[] wrapper, string[] args)
    {
        var start = new ProcessStartInfo(wrapper.Length > 0 ? wrapper[0] : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // Its own folder, so the embedded defaults (pickup folder, data/) never land in the repository.
            WorkingDirectory = Directory.CreateTempSubdirectory("bg-app-").FullName,
        };
        foreach (var arg in wrapper.Length > 0 ? [.. wrapper.Skip(1), "dotnet"] : Array.Empty<string>())
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "buerogewitter.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var environment = new Dictionary<string, string?>(settings)
        {
            ["Database:Provider"] = engine,
            ["ConnectionStrings:Buerogewitter"] = TestDatabases.ConnectionString(engine),
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new AppProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), start.WorkingDirectory);
    }

    /// <summary>Waits until the condition holds; fails the test after the timeout or when the process ended first.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (process.HasExited || DateTime.UtcNow > until)
            {
                Assert.Fail($"{what}: not reached (exited: {process.HasExited}); stdout: {Out}; stderr: {Error}");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Waits for the exit and returns the exit code; fails the test after the timeout.</summary>
    public async Task<int> ExitAsync(TimeSpan timeout)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"still running after {timeout.TotalSeconds} s; stdout: {Out}; stderr: {Error}");
        }

        return process.ExitCode;
    }

    /// <summary>Kills it without warning, as a power cut or an OOM killer would.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>Asks it to stop as a service manager or Ctrl+C does (SIGTERM).</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is not null)
        {
            lock (buffer)
            {
                buffer.AppendLine(line);
            }
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}
