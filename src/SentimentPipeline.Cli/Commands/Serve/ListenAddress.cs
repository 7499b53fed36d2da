using System.Globalization;
using System.Net;

namespace SentimentPipeline.Cli.Commands.Serve;

/// <summary>
/// One address of <c>serve --urls</c>, parsed strictly. Kestrel itself listens on every interface when it cannot
/// make sense of a host (a typo, <c>256.1.1.1</c>, a host name), so only IP literals, <c>localhost</c> and the explicit
/// wildcards <c>*</c>, <c>+</c>, <c>0.0.0.0</c> and <c>[::]</c> are accepted, with a port from 0 to 65535.
/// </summary>
/// <param name="Url">The address as given.</param>
/// <param name="IsHttps">Whether the scheme is https.</param>
/// <param name="Address">The IP address to bind, <see langword="null"/> for <c>localhost</c> (loopback, IPv4 and IPv6).</param>
/// <param name="Port">The port; 0 picks a free one.</param>
internal sealed record ListenAddress(string Url, bool IsHttps, IPAddress? Address, int Port)
{
    /// <summary>Whether the address can be reached only from this machine.</summary>
    public bool IsLoopback => Address is null || IPAddress.IsLoopback(Address);

    /// <summary>Parses a <c>;</c>-separated list; the error names the first bad address and why.</summary>
    public static bool TryParseList(string urls, out IReadOnlyList<ListenAddress> addresses, out string error)
    {
        var parsed = new List<ListenAddress>();
        addresses = parsed;
        foreach (var url in urls.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TryParse(url, out var address, out var reason))
            {
                error = $"invalid --urls '{url}': {reason}";
                return false;
            }

            parsed.Add(address!);
        }

        error = parsed.Count == 0 ? $"invalid --urls '{urls}': no address given" : string.Empty;
        return parsed.Count > 0;
    }

    private static bool TryParse(string url, out ListenAddress? address, out string reason)
    {
        address = null;
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var scheme = schemeEnd < 0 ? string.Empty : url[..schemeEnd].ToLowerInvariant();
        if (scheme is not ("http" or "https"))
        {
            reason = "expected http://HOST:PORT or https://HOST:PORT (several separated by ';')";
            return false;
        }

        var authority = url[(schemeEnd + 3)..].TrimEnd('/');
        var colon = authority.LastIndexOf(':');
        if (colon < 0 || (authority.StartsWith('[') && !authority[..colon].EndsWith(']')))
        {
            reason = "the port is missing (use port 0 for a free one)";
            return false;
        }

        var portText = authority[(colon + 1)..];
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > IPEndPoint.MaxPort)
        {
            reason = $"'{portText}' is not a port number from 0 to {IPEndPoint.MaxPort}";
            return false;
        }

        var host = authority[..colon];
        IPAddress? ip;
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            ip = null;
        }
        else if (host is "*" or "+")
        {
            ip = IPAddress.IPv6Any;
        }
        else if (!IPAddress.TryParse(host.Trim('[', ']'), out ip) || (host.Contains(':') && !host.StartsWith('[')))
        {
            reason = $"'{host}' is not an IP address (IPv4, [IPv6]), localhost or the wildcard *; host names are not accepted because Kestrel would listen on every interface for them";
            return false;
        }

        address = new ListenAddress(url, scheme == "https", ip, port);
        reason = string.Empty;
        return true;
    }
}
