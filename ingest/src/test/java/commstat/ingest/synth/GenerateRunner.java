package commstat.ingest.synth;

import picocli.CommandLine;

/** Runs {@link GenerateCommand} from test classes until the launcher wires it in (data-samples/regenerate.sh uses it). */
public final class GenerateRunner {
    private GenerateRunner() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }
}
