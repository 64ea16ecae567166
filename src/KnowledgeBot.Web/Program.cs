using KnowledgeBot.Web.Apis;
using KnowledgeBot.Web.Hosting;

var builder = KnowledgeBotWebHost.CreateBuilder(args);
builder.AddKnowledgeBotWeb();

var app = builder.Build();
app.UseKnowledgeBotWeb();
app.MapHealthApi();
app.MapBotApi();
app.MapWidgetApi();
app.MapConsoleApi();

app.Run();
