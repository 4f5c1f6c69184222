using System.ComponentModel;
using System.Diagnostics;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>Opens an address in the default browser the way the desktop does (xdg-open, open, start).</summary>
internal static class BrowserLauncher
{
    private static readonly TimeSpan OpenerTimeout = TimeSpan.FromSeconds(10);

    /// <returns>Null when the browser was asked to open it, else why not (for a warning: the address still works).</returns>
    public static async Task<string?> OpenAsync(Uri address, CancellationToken cancellationToken)
    {
        try
        {
            // With shell execute .NET picks the platform's opener: xdg-open on Linux, open on macOS, the shell on Windows.
            using var opener = Process.Start(new ProcessStartInfo(address.AbsoluteUri) { UseShellExecute = true });
            if (opener is null)
            {
                return null;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(OpenerTimeout);
            try
            {
                await opener.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Still running (some openers wait for the browser): it did open.
                return null;
            }

            return opener.ExitCode == 0 ? null : $"the opener exited with code {opener.ExitCode} (is a desktop session and a default browser set up?)";
        }
        catch (Win32Exception e)
        {
            return $"no opener could start ({e.Message})";
        }
    }
}
