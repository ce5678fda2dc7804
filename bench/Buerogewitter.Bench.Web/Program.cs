using Buerogewitter.Bench.Web;

return args.FirstOrDefault() switch
{
    "survey-throughput" => await SurveyThroughput.RunAsync(args[1..]),
    "report-speed" => await ReportSpeed.RunAsync(args[1..]),
    "wave-open" => await WaveOpen.RunAsync(args[1..]),
    "smtp-throughput" => await SmtpThroughput.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Buerogewitter.Bench.Web survey-throughput --engine sqlite|postgres [--seconds N] [--concurrency N]");
    Console.Error.WriteLine("       Buerogewitter.Bench.Web report-speed [COPIES]");
    Console.Error.WriteLine("       Buerogewitter.Bench.Web wave-open [--participants N] [--engine sqlite|postgres] [--send]");
    Console.Error.WriteLine("       Buerogewitter.Bench.Web smtp-throughput [--messages N]");
    return 2;
}
