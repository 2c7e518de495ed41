package dev.spc.cli;

import picocli.CommandLine.Option;

/** The options of the charts of case-level outcomes (--chart ra-cusum or vlad; docs/risk-adjusted.md). */
final class CaseOptions {
    @Option(names = "--odds-ratio", paramLabel = "UP,DOWN",
            description = "For ra-cusum: the odds ratios of deterioration and of improvement the upper and lower CUSUMs "
                    + "look for. Default: 2,0.5 (Steiner et al.).")
    String oddsRatio;

    @Option(names = "--ra-arl", paramLabel = "CASES",
            description = "For ra-cusum without --cusum-h: the in-control average run length, in cases, that the "
                    + "simulated decision intervals give. Default: 5000.")
    Double arl;

    @Option(names = "--ra-seed", paramLabel = "N",
            description = "For ra-cusum without --cusum-h: the seed of the simulation (the same seed, the same h). "
                    + "Default: 1.")
    Long seed;
}
