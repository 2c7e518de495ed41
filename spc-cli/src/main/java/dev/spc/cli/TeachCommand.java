package dev.spc.cli;

import dev.spc.charts.ChartFormat;
import dev.spc.charts.Theme;
import dev.spc.cli.teach.Lesson;
import dev.spc.cli.teach.Lessons;
import dev.spc.cli.teach.Scenario;
import dev.spc.io.DataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code spc teach}: reproducible teaching data sets, charts and words about variation. */
@Command(name = "teach", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        header = "Make teaching data sets, charts and explanations that show how variation behaves.",
        customSynopsis = {"spc teach --list", "       spc teach SCENARIO|all -o DIR [--seed N] [--format png|svg|pdf]",
            "       spc teach red-bead|funnel --data FILE -o DIR [--paddle N] [--metric-name NAME]"},
        description = {
            "Each scenario writes into DIR/SCENARIO/: data.csv (seeded, reproducible data), settings.csv, the "
                    + "chart, and lesson.txt, a short explanation a trainer can read aloud. 'all' makes every "
                    + "scenario and DIR/index.html, a page of them all. The same seed always gives the same data.",
            "With --data, red-bead and funnel chart the workshop's own results (see examples/data/teach/).",
        },
        footer = {
            "",
            "Examples:",
            "  spc teach --list",
            "  spc teach shift -o lessons",
            "  spc teach all -o lessons --seed 7",
            "  spc teach red-bead --data results.csv -o workshop",
            "  spc teach funnel --data drops.csv -o workshop",
            "  spc teach shift -o lessons --metric-name \"Discharges before noon (%)\"",
        })
final class TeachCommand implements Callable<Integer> {
    @ParentCommand
    SpcCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--list", description = "List the scenarios.")
    boolean list;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "A scenario, or all.")
    String scenario;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "The folder to write into (made if missing).")
    Path output;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the data. Default: 1.")
    long seed = 1;

    @Option(names = "--format", paramLabel = "FORMAT", converter = ChartCommand.FormatConverter.class,
            description = "png, svg or pdf. Default: png.")
    ChartFormat format = ChartFormat.PNG;

    @Option(names = "--theme", paramLabel = "THEME", converter = ChartCommand.ThemeConverter.class,
            description = "teaching (labels every signal), mdc or high-contrast. Default: teaching.")
    Theme theme = Theme.TEACHING;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Chart the room's own results instead of seeded data: for red-bead, a CSV of worker,day,red "
                    + "(the red beads each worker drew each day); for funnel, a CSV of rule,drop,x and optionally y "
                    + "(where each marble landed, from the target).")
    Path data;

    @Option(names = "--paddle", paramLabel = "N",
            description = "With red-bead --data: the beads the paddle holds, 1 to 10000. Default: 50, as Deming's.")
    Integer paddle;

    @Option(names = "--metric-name", paramLabel = "NAME",
            description = "Retitle the lesson's chart with your own metric's name (one scenario at a time).")
    String metricName;

    @Option(names = "--debug", description = "Print the stack trace of a failure.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        Terminal terminal = parent.terminal();
        if (list) {
            for (Scenario s : Scenario.values()) {
                terminal.out().printf(java.util.Locale.ROOT, "%-22s %s%n", s.id(), s.title());
            }
            return 0;
        }
        if (scenario == null) {
            throw new ParameterException(spec.commandLine(), "Name a scenario (spc teach --list shows them), or all");
        }
        if (output == null) {
            throw new ParameterException(spec.commandLine(), "Give the folder to write into with -o DIR");
        }
        List<Scenario> chosen;
        try {
            chosen = scenario.equalsIgnoreCase("all") ? List.of(Scenario.values()) : List.of(Scenario.parse(scenario));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        boolean single = chosen.size() == 1;
        if (data != null && !(single && (chosen.get(0) == Scenario.RED_BEAD || chosen.get(0) == Scenario.FUNNEL))) {
            throw new ParameterException(spec.commandLine(), "--data charts the room's own results for red-bead or "
                    + "funnel; name one of them");
        }
        if (paddle != null && (data == null || chosen.get(0) != Scenario.RED_BEAD)) {
            throw new ParameterException(spec.commandLine(), "--paddle goes with red-bead --data FILE");
        }
        if (paddle != null && (paddle < 1 || paddle > 10_000)) {
            throw new ParameterException(spec.commandLine(), "--paddle must be 1 to 10000, not " + paddle);
        }
        if (metricName != null && (!single || metricName.isBlank())) {
            throw new ParameterException(spec.commandLine(), metricName.isBlank() ? "--metric-name needs a name"
                    : "--metric-name retitles one lesson at a time; name a scenario, not all");
        }
        Path parentDir = output.toAbsolutePath().getParent();
        if (parentDir != null && !Files.isDirectory(parentDir)) {
            throw DataException.atFile(output.toString(), "the folder " + parentDir + " does not exist",
                    "Create it first, or choose another output folder");
        }
        // Every file is written aside and all are moved in together: a failure leaves the folders as they were.
        List<Lesson> lessons = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        List<Path> made = new ArrayList<>();
        boolean done = false;
        try (OutputBatch batch = new OutputBatch()) {
            if (!Files.exists(output)) {
                made.add(Files.createDirectories(output));
            }
            for (Scenario s : chosen) {
                Lesson lesson = lesson(s);
                lessons.add(lesson);
                Path dir = output.resolve(s.id());
                if (!Files.exists(dir)) {
                    made.add(Files.createDirectories(dir));
                }
                for (Map.Entry<String, byte[]> file : Lessons.files(lesson, format, theme).entrySet()) {
                    Path target = dir.resolve(file.getKey());
                    batch.add(target, out -> out.write(file.getValue()));
                    written.add(target);
                }
            }
            if (chosen.size() > 1) {
                Path index = output.resolve("index.html");
                byte[] html = Lessons.index(lessons, format).getBytes(StandardCharsets.UTF_8);
                batch.add(index, out -> out.write(html));
                written.add(index);
            }
            batch.commit();
            done = true;
        } finally {
            if (!done) {
                // Folders made for a run that failed are taken away again, the innermost first.
                for (int i = made.size() - 1; i >= 0; i--) {
                    try {
                        Files.deleteIfExists(made.get(i));
                    } catch (IOException ignored) {
                        // something else is in it now: it stays
                    }
                }
            }
        }
        written.forEach(terminal.out()::println);
        return 0;
    }

    /** The scenario's lesson: from the seed, or from the room's own data; retitled when asked. */
    private Lesson lesson(Scenario s) {
        String name = metricName == null ? null : metricName.strip();
        if (data != null) {
            return s == Scenario.RED_BEAD ? Lessons.redBeads(data, paddle == null ? Scenario.PADDLE : paddle, name)
                    : Lessons.funnel(data, name);
        }
        Lesson lesson = s.make(seed);
        return name == null ? lesson : lesson.retitled(name);
    }
}
