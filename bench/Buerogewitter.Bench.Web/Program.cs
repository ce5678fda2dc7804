using Buerogewitter.Bench.Web;

return args.FirstOrDefault() switch
{
    "survey-throughput" => await SurveyThroughput.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Buerogewitter.Bench.Web survey-throughput --engine sqlite|postgres [--seconds N] [--concurrency N]");
    return 2;
}
