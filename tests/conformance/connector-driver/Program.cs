using ConnectorDriver;
using Microsoft.Extensions.Configuration;

// Usage: ConnectorDriver <service-url> <operations.json>
// Configuration (app id, password, tenant, token endpoint, retry delays) comes from environment
// variables in the host's shape, e.g. Bot__MicrosoftAppId. Prints one JSON line per operation.
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: ConnectorDriver <service-url> <operations.json>");
    return 2;
}

var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
await using var services = DriverServices.Build(configuration, trustedServiceUrl: args[0]);
var operations = DriverOperation.ReadAll(await File.ReadAllTextAsync(args[1]));
var runner = new OperationRunner(services);
var failures = 0;
foreach (var operation in operations)
{
    var result = await runner.RunAsync(args[0], operation, CancellationToken.None);
    failures += result.Ok ? 0 : 1;
    Console.WriteLine(result.ToJson());
}

return failures == 0 ? 0 : 1;
