using System.Net;
using System.Net.Sockets;

namespace BudgetSiteGen.Benchmarks;

public static class FreePort
{
    public static int Find()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
