using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace BudgetSiteGen.Tests.Support;

/// <summary>Makes the files a content folder should never hold: FIFOs and sockets.</summary>
public static class SpecialFiles
{
    public static void Fifo(string path) =>
        Assert.True(MakeFifo(path, Convert.ToUInt32("644", 8)) == 0, $"mkfifo failed with error {Marshal.GetLastPInvokeError()}");

    /// <summary>A Unix socket bound at <paramref name="path"/>; .NET removes its file when it is disposed.</summary>
    public static IDisposable Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}
