using HangfireLog = Hangfire.Logging;

namespace Buerogewitter.Web.Pulses;

/// <summary>
/// Hangfire keeps one log provider for the whole process, and some of its types take their logger
/// once, in a static initialiser. Pointing that at a host's logger factory directly breaks those
/// types for good once the host is disposed (a second host in the same process, as in tests, then
/// fails with ObjectDisposedException). This bridge goes quiet instead.
/// </summary>
internal sealed class HangfireLogBridge(ILoggerFactory factory) : HangfireLog.ILogProvider
{
    public HangfireLog.ILog GetLogger(string name) => new BridgedLog(factory, name);

    private sealed class BridgedLog(ILoggerFactory factory, string name) : HangfireLog.ILog
    {
        public bool Log(HangfireLog.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                var logger = factory.CreateLogger(name);
                var level = (LogLevel)(int)logLevel;
                if (messageFunc is null || !logger.IsEnabled(level))
                {
                    return logger.IsEnabled(level);
                }

                logger.Log(level, default, messageFunc(), exception, static (message, _) => message);
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
