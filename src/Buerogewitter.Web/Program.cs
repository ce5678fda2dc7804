using Buerogewitter.Web.Hosting;

return await Verbs.RunAsync(args);
