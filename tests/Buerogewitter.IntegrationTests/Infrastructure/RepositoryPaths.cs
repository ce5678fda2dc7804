namespace Buerogewitter.IntegrationTests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The folder that holds Buerogewitter.sln, found from the test binaries upwards.</summary>
    public static string Root { get; } = FindRoot();

    public static string Migrations(string engine) => Path.Combine(Root, "db", "migrations", engine);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Buerogewitter.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Buerogewitter.sln not found above " + AppContext.BaseDirectory);
    }
}
