using System.Runtime.InteropServices;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// While it lives, SIGINT and SIGTERM cancel <see cref="Token"/> instead of killing the process, so that a command can
/// remove what it was writing and then exit as the signal would have (128 + signal: 130, 143).
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _exitCode;

    public Interruption()
    {
        _registrations = [Register(PosixSignal.SIGINT, 130), Register(PosixSignal.SIGTERM, 143)];
    }

    public CancellationToken Token => _source.Token;

    /// <summary>128 + the signal that arrived, or null when none did.</summary>
    public int? ExitCode => Volatile.Read(ref _exitCode) is var code and > 0 ? code : null;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private PosixSignalRegistration Register(PosixSignal signal, int exitCode) => PosixSignalRegistration.Create(signal, context =>
    {
        context.Cancel = true;
        Interlocked.CompareExchange(ref _exitCode, exitCode, 0);
        _source.Cancel();
    });
}
