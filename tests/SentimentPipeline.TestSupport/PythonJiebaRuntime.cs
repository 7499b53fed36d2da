namespace SentimentPipeline.TestSupport;

/// <summary>
/// Runs the scripts of tests/python with Python jieba 0.42.1, the reference implementation: Debian's
/// <c>python3-jieba</c> under <c>/usr/bin/python3</c> (the system interpreter; a <c>python3</c> earlier on PATH
/// may lack Debian's packages). <c>.ci/run</c> installs the package when it is missing.
/// </summary>
public sealed class PythonJiebaRuntime
{
    /// <summary>The jieba version the parity tests and benchmarks are about.</summary>
    public const string ExpectedVersion = "0.42.1";

    private const string Interpreter = "/usr/bin/python3";

    private PythonJiebaRuntime(string version) => Version = version;

    /// <summary>The version of the jieba module found.</summary>
    public string Version { get; }

    /// <summary>tests/python, where the scripts live.</summary>
    public static string ScriptDirectory => Path.Combine(RepositoryPaths.Root, "tests", "python");

    /// <summary>Returns the runtime once <c>import jieba</c> works and gives <see cref="ExpectedVersion"/>.</summary>
    /// <exception cref="InvalidOperationException">No <c>/usr/bin/python3</c>, no jieba module, or another version; the message says how to install it.</exception>
    public static PythonJiebaRuntime Ensure()
    {
        const string install = "install Debian's python3-jieba (apt-get install -y python3-jieba; .ci/run does it)";
        if (!File.Exists(Interpreter))
        {
            throw new InvalidOperationException($"Python jieba is needed as the reference, but {Interpreter} does not exist: {install}.");
        }

        string version;
        try
        {
            version = Run(["-c", "import jieba; print(jieba.__version__)"], stdin: null).Trim();
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"Python jieba is needed as the reference, but {Interpreter} cannot import it: {install}. ({e.Message})", e);
        }

        if (version != ExpectedVersion)
        {
            throw new InvalidOperationException($"{Interpreter} has jieba {version}; the reference is jieba {ExpectedVersion}: {install}.");
        }

        return new PythonJiebaRuntime(version);
    }

    /// <summary>Runs <c>/usr/bin/python3 tests/python/SCRIPT args…</c>, writes <paramref name="stdin"/> to it and returns its standard output.</summary>
    /// <exception cref="InvalidOperationException">The script exited with a non-zero code (its standard error is in the message).</exception>
    public string RunScript(string script, IReadOnlyList<string> arguments, string? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(arguments);
        return Run([Path.Combine(ScriptDirectory, script), .. arguments], stdin);
    }

    // Python jieba caches its prefix dictionary in the temporary directory; the scripts read UTF-8 either way.
    private static string Run(IReadOnlyList<string> arguments, string? stdin) =>
        ReferenceProcess.Run(Interpreter, arguments, stdin, new Dictionary<string, string> { ["PYTHONIOENCODING"] = "utf-8" });
}
