namespace SentimentPipeline.TestSupport;

/// <summary>
/// Runs scripts of tests/node with Node.js, installing its npm dependencies (the reference runtimes pinned in
/// tests/node/package-lock.json) first if they are missing. Test processes run in parallel, so the install is
/// guarded by a lock file that only one process can hold at a time.
/// </summary>
public sealed class NodeReferenceRuntime
{
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(10);

    private NodeReferenceRuntime(string projectDirectory) => ProjectDirectory = projectDirectory;

    /// <summary>tests/node, where the scripts and node_modules live.</summary>
    public string ProjectDirectory { get; }

    /// <summary>Returns the runtime once every dependency of tests/node/package.json is installed.</summary>
    public static NodeReferenceRuntime Ensure()
    {
        var project = RepositoryPaths.NodeProject;
        using (AcquireInstallLock(project))
        {
            if (MissingPackages(project).Count > 0)
            {
                // npm ci installs exactly the committed lock file and never rewrites it (npm install adds other
                // platforms' optional packages to it).
                Run(project, "npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], stdin: null);
                var stillMissing = MissingPackages(project);
                if (stillMissing.Count > 0)
                {
                    throw new InvalidOperationException($"npm ci in {project} did not install: {string.Join(", ", stillMissing)}.");
                }
            }
        }

        return new NodeReferenceRuntime(project);
    }

    /// <summary>
    /// Runs <c>node script args…</c> in tests/node, writes <paramref name="stdin"/> to it and returns its standard
    /// output. Scripts elsewhere in the repository (examples/) resolve their packages from tests/node too.
    /// </summary>
    /// <exception cref="InvalidOperationException">The script exited with a non-zero code (its standard error is in the message).</exception>
    public string RunScript(string script, IReadOnlyList<string> arguments, string? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(arguments);
        return Run(ProjectDirectory, "node", [script, .. arguments], stdin);
    }

    private static List<string> MissingPackages(string project)
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(project, "package.json")));
        return manifest.RootElement.GetProperty("dependencies").EnumerateObject()
            .Select(dependency => dependency.Name)
            .Where(name => !File.Exists(Path.Combine(project, "node_modules", name, "package.json")))
            .ToList();
    }

    private static FileStream AcquireInstallLock(string project)
    {
        var lockPath = Path.Combine(project, "node_modules.install.lock");
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static string Run(string workingDirectory, string fileName, IReadOnlyList<string> arguments, string? stdin) =>
        ReferenceProcess.Run(fileName, arguments, stdin,
            new Dictionary<string, string> { ["NODE_PATH"] = Path.Combine(workingDirectory, "node_modules") }, workingDirectory);
}
