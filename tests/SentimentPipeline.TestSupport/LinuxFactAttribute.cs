using Xunit;

namespace SentimentPipeline.TestSupport;

/// <summary>A fact about Linux behaviour (FIFOs, signals, /dev/full, statx): reported as skipped on other systems.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Linux only: depends on Linux file kinds, signals or devices.";
        }
    }
}
