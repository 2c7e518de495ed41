package dev.spc.cli;

import dev.spc.charts.ChartFormat;
import dev.spc.charts.Theme;
import dev.spc.cli.teach.Course;
import dev.spc.cli.teach.CoursePage;
import dev.spc.cli.teach.Exercises;
import dev.spc.cli.teach.Handout;
import dev.spc.cli.teach.Lesson;
import dev.spc.cli.teach.LessonCharts;
import dev.spc.cli.teach.Lessons;
import dev.spc.cli.teach.Scenario;
import dev.spc.cli.teach.Slides;
import dev.spc.cli.teach.Workshop;
import dev.spc.io.DataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code spc teach}: reproducible teaching data sets, charts, words and workshop material about variation. */
@Command(name = "teach", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        header = "Make teaching data sets, charts, explanations and workshop material that show how variation behaves.",
        customSynopsis = {"spc teach --list",
            "       spc teach SCENARIO|all -o DIR [--seed N] [--format png|svg|pdf] [--theme THEME]",
            "                 [--exercise] [--slides] [--handout]",
            "       spc teach red-bead|funnel --data FILE -o DIR [--paddle N] [--metric-name NAME]"},
        description = {
            "Each scenario writes into DIR/SCENARIO/: data.csv (seeded, reproducible data), settings.csv, the "
                    + "chart, and lesson.txt, a short explanation a trainer can read aloud. The same seed always "
                    + "gives the same data.",
            "",
            "--exercise adds the workshop version: exercise.png, the chart with no colours, icons or signal "
                    + "labels (the points, mean, limits and two-sigma lines, for the room to find the signals), "
                    + "exercise.txt (what it measures and the discussion questions, nothing of the answer), and "
                    + "the answer key: answer-key.png (the coloured chart) and answer-key.txt (the lesson, the "
                    + "answers and the facilitator's notes with timings).",
            "",
            "'all' makes every scenario with its exercise, in teaching order, and a self-paced course to open in "
                    + "a browser (index.html): each lesson's exercise and questions, with its answer behind a 'Show "
                    + "the answer' control; and a plan with the lessons' timings for a workshop (workshop-plan.txt).",
            "",
            "--slides adds slide-exercise.png and slide-answer.png to each lesson's folder: 16:9 pictures of "
                    + "1920 x 1080 pixels with large text, and writes DIR/slides.pptx, a PowerPoint deck of every "
                    + "chosen lesson's exercise (beside its questions) and answer (beside the answers). --handout writes DIR/handout.pdf, every chosen lesson's "
                    + "exercise with space to write and the answers at the back, printed through headless "
                    + "Chromium (as spc report --pdf); without Chromium, DIR/handout.html is written instead and "
                    + "spc says how to print it.",
            "",
            "With --data, red-bead and funnel chart the workshop's own results (see examples/data/teach/).",
        },
        footer = {
            "",
            "Examples:",
            "  spc teach --list",
            "  spc teach shift -o lessons",
            "  spc teach shift -o lessons --exercise --slides",
            "  spc teach all -o lessons --seed 7 --handout",
            "  spc teach red-bead --data results.csv -o workshop",
            "  spc teach funnel --data drops.csv -o workshop",
            "  spc teach shift -o lessons --metric-name \"Discharges before noon (%%)\"",
        })
final class TeachCommand implements Callable<Integer>, Subcommand {
    /** How long Chromium may take to print the handout: every lesson prints in a few seconds. */
    private static final Duration PRINT_TIMEOUT = Duration.ofMinutes(5);

    SpcCommand parent;

    CommandSpec spec;

    @Override
    public void wire(SpcCommand parent, CommandSpec spec) {
        this.parent = parent;
        this.spec = spec;
    }

    @Option(names = "--list", description = "List the scenarios, in teaching order.")
    boolean list;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "A scenario, or all.")
    String scenario;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "The folder to write into (made if missing).")
    Path output;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the data. Default: 1.")
    long seed = 1;

    @Option(names = "--format", paramLabel = "FORMAT", converter = ChartCommand.FormatConverter.class,
            description = "png, svg or pdf, for the charts. Default: png.")
    ChartFormat format = ChartFormat.PNG;

    @Option(names = "--theme", paramLabel = "THEME", converter = ChartCommand.ThemeConverter.class,
            description = "teaching (labels every signal), mdc or high-contrast. Default: teaching.")
    Theme theme = Theme.TEACHING;

    @Option(names = "--exercise", description = "Also write the exercise (a plain chart and questions) and its answer "
            + "key with the facilitator's notes. 'all' always does.")
    boolean exercise;

    @Option(names = "--slides", description = "Also write each lesson's exercise and answer as 16:9 slide pictures "
            + "(1920 x 1080 PNG), and DIR/slides.pptx, a PowerPoint deck of them.")
    boolean slides;

    @Option(names = "--handout", description = "Also write DIR/handout.pdf: the exercises with space to write and the "
            + "answers at the back (needs Chromium; else DIR/handout.html).")
    boolean handout;

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
            for (Scenario s : Course.all()) {
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
        boolean all = scenario.equalsIgnoreCase("all");
        List<Scenario> chosen;
        try {
            chosen = all ? Course.all() : List.of(Scenario.parse(scenario));
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
        Chromium chromium = handout ? Chromium.find(System.getenv()).orElse(null) : null;
        // Every file is written aside and all are moved in together: a failure leaves the folders as they were.
        List<Lesson> lessons = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        List<Path> made = new ArrayList<>();
        String problem = null;
        Path handoutPdf = output.resolve("handout.pdf");
        Path kept = null;
        Path work = null;
        boolean done = false;
        try (OutputBatch batch = new OutputBatch()) {
            if (!Files.exists(output)) {
                made.add(Files.createDirectories(output));
            }
            LessonDeck deck = new LessonDeck();
            for (int k = 0; k < chosen.size(); k++) {
                Scenario s = chosen.get(k);
                Lesson lesson = lesson(s);
                lessons.add(lesson);
                Path dir = output.resolve(s.id());
                if (!Files.exists(dir)) {
                    made.add(Files.createDirectories(dir));
                }
                Map<String, byte[]> files = new LinkedHashMap<>(Lessons.files(lesson, format, theme));
                if (exercise || all) {
                    files.putAll(exerciseFiles(lesson, files.get("chart." + format.extension())));
                }
                if (slides) {
                    List<Slides.Slide> pictures = Slides.of(lesson, k + 1, theme);
                    for (Slides.Slide slide : pictures) {
                        files.put(slide.file(), slide.png());
                    }
                    deck.add(lesson, pictures);
                }
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    Path target = dir.resolve(file.getKey());
                    batch.add(target, out -> out.write(file.getValue()));
                    written.add(target);
                }
            }
            if (slides) {
                Path file = output.resolve("slides.pptx");
                byte[] bytes = deck.bytes();
                batch.add(file, out -> out.write(bytes));
                written.add(file);
            }
            if (all) {
                add(batch, written, output.resolve("index.html"), CoursePage.of(lessons, format));
                add(batch, written, output.resolve("workshop-plan.txt"), Exercises.plan(lessons));
            }
            if (handout) {
                // Chromium reads the page from a folder inside the output: a sandboxed Chromium (a snap) may not
                // see the system's temporary folder.
                work = Files.createTempDirectory(output, ".spc-handout-");
                Cleanup.register(work);
                Path html = work.resolve("handout.html");
                Files.write(html, Handout.of(lessons, theme).getBytes(StandardCharsets.UTF_8));
                Path printed = work.resolve("handout.pdf");
                problem = ChromiumPdf.print(chromium, html, printed, work, PRINT_TIMEOUT, "handout");
                Path file = problem == null ? handoutPdf : ReportCommand.beside(handoutPdf);
                Path from = problem == null ? printed : html;
                batch.add(file, out -> Files.copy(from, out));
                written.add(file);
                kept = problem == null ? null : file;
            }
            batch.commit();
            done = true;
        } finally {
            if (work != null) {
                Cleanup.deleteTree(work);
                Cleanup.forget(work);
            }
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
        if (problem != null) {
            throw ChromiumPdf.notPrinted(handoutPdf, problem, kept, "handout");
        }
        return 0;
    }

    /** The exercise's files and its answer key's, whose chart is the lesson's. */
    private Map<String, byte[]> exerciseFiles(Lesson lesson, byte[] chart) throws IOException {
        Workshop workshop = Workshop.of(lesson.scenario());
        String ext = format.extension();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("exercise." + ext, LessonCharts.exercise(lesson, theme).render(format));
        for (Map.Entry<String, LessonCharts.Picture> more : LessonCharts.extras(lesson, theme,
                LessonCharts.Version.EXERCISE).entrySet()) {
            files.put("exercise-" + more.getKey() + "." + ext, more.getValue().render(format));
        }
        files.put("exercise.txt", Exercises.text(lesson, workshop, "exercise." + ext).getBytes(StandardCharsets.UTF_8));
        files.put("answer-key." + ext, chart);
        files.put("answer-key.txt", Exercises.answerKey(lesson, workshop, "answer-key." + ext, "exercise." + ext)
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static void add(OutputBatch batch, List<Path> written, Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        batch.add(target, out -> out.write(bytes));
        written.add(target);
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
