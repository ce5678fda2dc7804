namespace Buerogewitter.Web.Cli;

/// <summary>
/// Files the verbs write. Each is written to a temporary file beside it and moved into place only when
/// complete, so a full disk or a killed process leaves the previous file or none, never half of one.
/// Every failure becomes one line naming the path (exit code 2).
/// </summary>
public static class OutputFiles
{
    /// <summary>The folder of <c>--output DIR</c>, created when missing.</summary>
    public static string Folder(string path)
    {
        if (File.Exists(path))
        {
            throw new UsageException($"--output '{path}' is a file, not a folder");
        }

        try
        {
            Directory.CreateDirectory(path);
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot create the folder '{path}': {Reason(ex)}");
        }
    }

    public static Task WriteAsync(string path, string text, CancellationToken cancellationToken) =>
        WriteAsync(path, async (stream, token) =>
        {
            await using var writer = new StreamWriter(stream, leaveOpen: true);
            await writer.WriteAsync(text.AsMemory(), token);
        }, cancellationToken);

    public static Task WriteAsync(string path, byte[] bytes, CancellationToken cancellationToken) =>
        WriteAsync(path, (stream, token) => stream.WriteAsync(bytes, token).AsTask(), cancellationToken);

    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (Directory.Exists(path))
        {
            throw new UsageException($"cannot write '{path}': it is a folder");
        }

        string? temporary = null;
        try
        {
            var full = Path.GetFullPath(path);
            temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await write(stream, cancellationToken);
                // Flushed to the disk before the move: otherwise a crash right after could leave an empty file under the final name.
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            temporary = null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write '{path}': {Reason(ex)}");
        }
        finally
        {
            if (temporary is not null)
            {
                File.Delete(temporary);
            }
        }
    }

    // The .NET message names the path again and sometimes adds a second sentence; the first line is enough.
    private static string Reason(Exception ex) => ex.Message.Split('\n')[0].Trim();
}
