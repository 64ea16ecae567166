using System.CommandLine;

var root = new RootCommand("KnowledgeBot: vetted knowledge base and draft replies for the community manager");
return root.Parse(args).Invoke();
