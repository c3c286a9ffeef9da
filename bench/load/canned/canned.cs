#:sdk Microsoft.NET.Sdk.Web
// The floor of the load benchmark: Kestrel answering every POST /api/messages with the same JSON reply, no bot at all.
//   dotnet run -c Release canned.cs -- --urls http://127.0.0.1:5099
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var reply = """{"activities":[{"type":"message","text":"Hi! What's your name?"}]}"""u8.ToArray();
app.MapPost("/api/messages", async (HttpContext context) =>
{
    context.Response.ContentType = "application/json";
    await context.Response.Body.WriteAsync(reply);
});
app.MapGet("/healthz", () => "ok");
app.Run();
