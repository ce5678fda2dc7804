using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Buerogewitter.IntegrationTests.Infrastructure;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Buerogewitter.IntegrationTests.Pulses;

/// <summary>A real SMTP server in the test process on a free loopback port; it can be stopped and started again.</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Store store = new();
    private readonly SlowRecipients recipients = new();
    private SmtpServer.SmtpServer? server;
    private CancellationTokenSource? running;
    private Task? serverTask;

    private SmtpSink(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received => store.Messages.ToList();

    /// <summary>After this many more messages the server answers 421, as one that is going down does.</summary>
    public void RejectAfter(int messages) => store.Remaining = messages;

    public void AcceptAll() => store.Remaining = int.MaxValue;

    /// <summary>
    /// How long the server takes over each recipient (RCPT TO) before it takes the message, as a slow
    /// or distant one does. A client that is gone before then has delivered nothing.
    /// </summary>
    public TimeSpan Delay
    {
        get => recipients.Delay;
        set => recipients.Delay = value;
    }

    public static async Task<SmtpSink> StartAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var sink = new SmtpSink(port);
        await sink.ResumeAsync();
        return sink;
    }

    /// <summary>
    /// Configuration that points the application's mail at this server. A test that posts forms to the app
    /// over plain http gives an http <paramref name="publicBaseUrl"/>: with https the cookies are Secure.
    /// </summary>
    public Dictionary<string, string?> Settings(string publicBaseUrl = "https://pulse.example.com") => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Tls"] = "none",
        ["Buerogewitter:PublicBaseUrl"] = publicBaseUrl,
    };

    public async Task ResumeAsync()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        services.Add(recipients);
        server = new SmtpServer.SmtpServer(options, services);
        running = new CancellationTokenSource();
        serverTask = server.StartAsync(running.Token);
        var started = serverTask;
        await Eventually.HoldsAsync(
            () => started.IsFaulted ? throw started.Exception : Listening(Port), $"the test SMTP server listening on port {Port}", seconds: 10);
    }

    private static async Task<bool> Listening(int port)
    {
        using var probe = new TcpClient();
        try
        {
            await probe.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Stops listening: connections are refused, as with a mail server that is down.</summary>
    public async Task StopAsync()
    {
        if (server is null)
        {
            return;
        }

        await running!.CancelAsync();
        try
        {
            await serverTask!;
        }
        catch (OperationCanceledException)
        {
        }

        running.Dispose();
        server = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public int Remaining { get; set; } = int.MaxValue;

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Remaining <= 0)
            {
                return new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "try again later");
            }

            Remaining--;
            await using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class SlowRecipients : MailboxFilter
    {
        public TimeSpan Delay { get; set; }

        public override async Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
        {
            await Task.Delay(Delay, cancellationToken);
            return true;
        }
    }
}
