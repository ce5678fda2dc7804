namespace Buerogewitter.IntegrationTests.Infrastructure;

/// <summary>
/// Waits for what a background job, a mail server or another process brings about: checks often, returns
/// as soon as the condition holds, and fails the test naming what was awaited once the deadline passes.
/// Never a fixed sleep (too short on a loaded machine, too long otherwise) and never a silent give-up.
/// </summary>
public static class Eventually
{
    public static Task HoldsAsync(Func<bool> condition, string what, int seconds = 60) =>
        HoldsAsync(() => Task.FromResult(condition()), what, seconds);

    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"not reached within {seconds} s: {what}");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
