namespace SentimentPipeline.Benchmarks;

/// <summary>How busy the machine is, printed beside figures: on a shared machine they compare only within one run.</summary>
internal static class MachineLoad
{
    /// <summary>Linux's 1-, 5- and 15-minute load averages, or "unknown" where the system does not report them.</summary>
    public static string Average()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
