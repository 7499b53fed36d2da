using SentimentPipeline.Preprocessing.Corpus;
using Spectre.Console;

namespace SentimentPipeline.Training.Cli;

/// <summary>
/// Exit codes and error reporting shared by the <c>train</c> and <c>export</c> commands: an error a user can cause is
/// printed as one line saying what is wrong and becomes its exit code; anything else propagates.
/// </summary>
public static class CommandExit
{
    /// <summary>Exit code for an invalid corpus file or row.</summary>
    public const int InvalidCorpus = 2;

    /// <summary>Exit code for an invalid option value.</summary>
    public const int InvalidOption = 3;

    /// <summary>Exit code when TorchSharp's native library cannot be loaded.</summary>
    public const int NativeLoadFailure = 4;

    /// <summary>Runs <paramref name="work"/> and returns its exit code, or the exit code of the user error it throws.</summary>
    /// <param name="console">Where an error line goes.</param>
    /// <param name="skipInvalidRows">Whether invalid rows are skipped; when not, a corpus error says how to skip them.</param>
    /// <param name="work">The command's work, returning its exit code.</param>
    public static int Run(IAnsiConsole console, bool skipInvalidRows, Func<int> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return work();
        }
        catch (CorpusFormatException e)
        {
            var hint = skipInvalidRows ? string.Empty : " (use --skip-invalid-rows to skip such rows and count them in the report)";
            return Fail(console, "Invalid corpus", e.Message + hint, InvalidCorpus);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Fail(console, "File not found", e.Message, InvalidCorpus);
        }
        catch (ArgumentException e)
        {
            return Fail(console, "Invalid option", e.Message, InvalidOption);
        }
        catch (TorchSharpNativeLoadException e)
        {
            return Fail(console, "TorchSharp cannot load", e.Message, NativeLoadFailure);
        }
    }

    /// <summary>Prints "<paramref name="what"/>: <paramref name="message"/>" as an error and returns <paramref name="exitCode"/>.</summary>
    /// <param name="console">Where the line goes.</param>
    /// <param name="what">Kind of error, e.g. <c>Invalid option</c>.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="exitCode">Exit code to return.</param>
    public static int Fail(IAnsiConsole console, string what, string message, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.MarkupLine($"[red]{Markup.Escape(what)}:[/] {Markup.Escape(message)}");
        return exitCode;
    }
}
