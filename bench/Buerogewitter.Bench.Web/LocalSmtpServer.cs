using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Buerogewitter.Bench.Web;

/// <summary>
/// A minimal SMTP server in this process on a free loopback port: it answers the commands a client
/// sends, takes every message and counts it. Not the SmtpServer package the tests use: with it every
/// message took about 45 ms here (22 messages/s, the mark of Nagle's algorithm meeting a delayed ACK)
/// while Python's smtpd took the same client's mails at 290/s, so it would measure itself, not the sender.
/// </summary>
internal sealed class LocalSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource running = new();
    private Task? accepting;
    private int received;

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public int Received => Volatile.Read(ref received);

    public static LocalSmtpServer Start()
    {
        var server = new LocalSmtpServer();
        server.listener.Start();
        server.accepting = server.AcceptAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await running.CancelAsync();
        listener.Stop();
        try
        {
            await accepting!;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException)
        {
        }

        running.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!running.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(running.Token);
            client.NoDelay = true;
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var connection = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n" };
        await ReplyAsync(writer, "220 localhost ready");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await ReplyAsync(writer, "250-localhost\r\n250 8BITMIME");
                    break;
                case "DATA":
                    await ReplyAsync(writer, "354 end with <CRLF>.<CRLF>");
                    while (await reader.ReadLineAsync() is { } data && data != ".")
                    {
                    }

                    Interlocked.Increment(ref received);
                    await ReplyAsync(writer, "250 accepted");
                    break;
                case "QUIT":
                    await ReplyAsync(writer, "221 bye");
                    return;
                default:
                    await ReplyAsync(writer, "250 ok");
                    break;
            }
        }
    }

    private static async Task ReplyAsync(StreamWriter writer, string reply)
    {
        await writer.WriteLineAsync(reply);
        await writer.FlushAsync();
    }
}
