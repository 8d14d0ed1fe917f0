using System.Net;
using System.Net.Sockets;

namespace BudgetSiteGen.Tests.Support;

/// <summary>A TCP port on 127.0.0.1 that was free a moment ago.</summary>
public static class FreePort
{
    public static int Find()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
