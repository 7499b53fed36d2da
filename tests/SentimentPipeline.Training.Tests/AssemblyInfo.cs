// Torch's random generator (initialisation, dropout) is process-wide: tests that train must not run concurrently,
// or the seed-repeatability test would see another test's draws.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
