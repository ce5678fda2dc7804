using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Buerogewitter.Web.Hosting;

/// <summary>
/// Behind a reverse proxy or load balancer every request comes from the proxy's address. The client's
/// own address (and https) come from X-Forwarded-For and X-Forwarded-Proto, which anyone can send, so
/// they are believed only from the proxies the operator lists: <c>ForwardedHeaders:KnownProxies</c>
/// (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges), each comma-separated. Without
/// either, the headers are ignored.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("ForwardedHeaders");
        var proxies = Entries(section.GetSection("KnownProxies"));
        var networks = Entries(section.GetSection("KnownNetworks"));
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback, which would let anything on this host speak for any client.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            // Through every listed proxy of a chain, stopping at the first address that is not one.
            options.ForwardLimit = null;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies '{proxy}' is not an IP address"));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range)
                    ? range
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks '{network}' is not a network such as 10.0.0.0/8"));
            }
        });
    }

    public static IApplicationBuilder UseReverseProxy(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count + options.KnownIPNetworks.Count == 0 ? app : app.UseForwardedHeaders(options);
    }

    /// <summary>A comma-separated value (one environment variable) or a list (appsettings.json).</summary>
    private static IEnumerable<string> Entries(IConfigurationSection section) =>
        (section.Value is { } value ? value.Split(',') : section.GetChildren().Select(c => c.Value ?? ""))
        .Select(e => e.Trim()).Where(e => e.Length > 0);
}
