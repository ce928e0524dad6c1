return MedEd.Classification.Cli.CliApp.Run(args, new MedEd.Classification.Cli.CliIo(Console.In, Console.Out, Console.Error));
