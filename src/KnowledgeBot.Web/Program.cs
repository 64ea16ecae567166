using KnowledgeBot.Web.Apis;
using KnowledgeBot.Web.Hosting;

var builder = KnowledgeBotWebHost.CreateBuilder(args);
builder.AddKnowledgeBotWeb();

var app = builder.Build();
app.UseKnowledgeBotWeb();
app.MapKnowledgeBotApis();

app.Run();
