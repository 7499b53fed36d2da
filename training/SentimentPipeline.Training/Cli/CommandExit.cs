using SentimentPipeline.ModelBundle;
using SentimentPipeline.Preprocessing.Corpus;
using Spectre.Console;

namespace SentimentPipeline.Training.Cli;

/// <summary>
/// Error reporting shared by the <c>train</c> and <c>export</c> commands: an error a user can cause is
/// printed as one line saying what is wrong and becomes its exit code (<see cref="ExitCodes"/>); anything else propagates.
/// </summary>
public static class CommandExit
{
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
            return Fail(console, "Invalid corpus", e.Message + hint, ExitCodes.InvalidInput);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Fail(console, "File not found", e.Message, ExitCodes.InvalidInput);
        }
        catch (ArgumentException e)
        {
            return Fail(console, "Invalid option", e.Message, ExitCodes.Usage);
        }
        catch (TorchSharpNativeLoadException e)
        {
            return Fail(console, "TorchSharp cannot load", e.Message, ExitCodes.NativeLibraryUnavailable);
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
