using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;

namespace Buerogewitter.Web.Mail;

public static class MailProblems
{
    /// <summary>The mail server is unreachable, refused, or broke off: retrying later can succeed.</summary>
    public static bool IsMailServerProblem(Exception ex) =>
        ex is IOException or SocketException or CommandException or ProtocolException;

    /// <summary>
    /// What went wrong, for logs, /health and the wave's problem: the type and the server's status, never
    /// the message, because an SMTP reply may quote the recipient's address.
    /// </summary>
    public static string Reason(Exception ex) => ex switch
    {
        SmtpCommandException smtp => $"{ex.GetType().Name} ({smtp.StatusCode})",
        SocketException socket => $"{ex.GetType().Name} ({socket.SocketErrorCode})",
        _ => ex.GetType().Name,
    };
}
