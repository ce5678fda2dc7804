using Buerogewitter.Bench;

return args.FirstOrDefault() switch
{
    "eval-themes" => EvalThemes.Run(args[1..]),
    "eval-strategy" => EvalStrategy.Run(args[1..]),
    "speed" => Speed.Run(args[1..]),
    "speed-analysis" => SpeedAnalysis.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Buerogewitter.Bench eval-themes [--dev] [--seeds N] [--no-embeddings] [--meaning W] [--no-pivot] [--pivot W] [--split COMPANY] | eval-strategy [--errors] [--pairs] [--fit] [--lexical] [--explain ID] | speed [--seeds N] [--answers 10000|100000] | speed-analysis [--answers N]");
    return 2;
}
