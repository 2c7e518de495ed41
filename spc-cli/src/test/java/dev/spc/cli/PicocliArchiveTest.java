package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What keeps picocli's start short, in two checks. No object the command line hands to picocli is a lambda:
 * picocli is built for an old Java, and a lambda of one of its interfaces keeps that interface, and every class
 * of picocli's that implements it, out of the class-data sharing archive the launcher makes (each run then reads
 * and checks them from the jar). A lambda's class is a hidden class; a written one is not. And no option is of
 * a type whose converter the entry point leaves out.
 */
class PicocliArchiveTest {
    @Test
    void theHandlersAndEveryConverterOfEveryCommandAreWrittenClasses() {
        CommandLine top = everyCommand();
        List<Object> handed = new ArrayList<>();
        handed.add(top.getParameterExceptionHandler());
        handed.add(top.getExecutionExceptionHandler());
        List<CommandLine> commands = new ArrayList<>(top.getSubcommands().values());
        commands.add(top);
        int converters = 0;
        for (CommandLine c : commands) {
            handed.add(c.getCommandSpec().versionProvider());
            for (ArgSpec arg : c.getCommandSpec().args()) {
                for (CommandLine.ITypeConverter<?> converter : arg.converters()) {
                    handed.add(converter);
                    converters++;
                }
            }
        }
        assertTrue(converters > 10, "the options' own converters are among those checked: " + converters);
        for (Object o : handed) {
            if (o != null) {
                assertFalse(o.getClass().isHidden(), o.getClass() + " is a lambda");
            }
        }
    }

    /**
     * Every subcommand is handed its parent and its spec, and so are its option groups, without picocli's
     * annotations for them (each kind of annotation picocli meets costs a run a few milliseconds the first time).
     */
    @Test
    void everySubcommandAndItsOptionGroupsAreWiredWithoutAnnotations() throws IllegalAccessException {
        CommandLine top = everyCommand();
        assertSame(top.getCommandSpec(), ((SpcCommand) top.getCommand()).spec);
        int wired = 0;
        for (CommandLine sub : top.getSubcommands().values()) {
            Object command = sub.getCommand();
            if (command instanceof CommandLine.HelpCommand) {
                continue;
            }
            assertTrue(command instanceof Subcommand, command.getClass() + " is a Subcommand");
            List<Object> parts = new ArrayList<>(List.of(command));
            for (Class<?> c = command.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    assertFalse(f.isAnnotationPresent(CommandLine.Spec.class), f + " is injected by picocli");
                    assertFalse(f.isAnnotationPresent(CommandLine.ParentCommand.class), f + " is injected by picocli");
                    if (f.isAnnotationPresent(CommandLine.Mixin.class)) {
                        f.setAccessible(true);
                        parts.add(f.get(command));
                    }
                }
            }
            for (Object part : parts) {
                for (Class<?> c = part.getClass(); c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        f.setAccessible(true);
                        if (f.getType() == CommandSpec.class) {
                            assertSame(sub.getCommandSpec(), f.get(part), f.toString());
                            wired++;
                        } else if (f.getType() == SpcCommand.class) {
                            assertSame(top.getCommand(), f.get(part), f.toString());
                            wired++;
                        }
                    }
                }
            }
        }
        assertTrue(wired >= 20, wired + " fields wired");
    }

    /**
     * The entry point leaves out picocli's converters of Java's date, time and SQL types (loading and starting
     * those classes cost every run several milliseconds): so no option of any command may be of such a type, in
     * a list or alone, unless it brings its own converter.
     */
    @Test
    void noOptionIsOfATypeWhoseConverterIsLeftOut() {
        CommandLine top = everyCommand();
        List<CommandLine> commands = new ArrayList<>(top.getSubcommands().values());
        commands.add(top);
        int checked = 0;
        for (CommandLine c : commands) {
            for (ArgSpec arg : c.getCommandSpec().args()) {
                List<Class<?>> types = new ArrayList<>(List.of(arg.auxiliaryTypes()));
                types.add(arg.type());
                for (Class<?> type : types) {
                    String name = type.getName();
                    boolean leftOut = name.matches(Main.EXCLUDED_CONVERTERS);
                    assertFalse(leftOut && arg.converters().length == 0,
                            c.getCommandName() + " " + arg.paramLabel() + " is a " + name);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, checked + " types checked");
    }

    /** The entry point's pattern leaves out the converters of Java's date, time and SQL types, and no other. */
    @Test
    void theConvertersLeftOutAreThoseOfJavasDateTimeAndSqlTypes() {
        String before = System.getProperty("picocli.converters.excludes");
        System.setProperty("picocli.converters.excludes", Main.EXCLUDED_CONVERTERS);
        try {
            // The names picocli 4.7 asks the pattern about: those it would load by name.
            for (String name : List.of("java.sql.Time", "java.sql.Connection", "java.sql.Driver", "java.sql.Timestamp",
                    "java.time.Duration", "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
                    "java.time.LocalTime", "java.time.MonthDay", "java.time.OffsetDateTime", "java.time.OffsetTime",
                    "java.time.Period", "java.time.Year", "java.time.YearMonth", "java.time.ZonedDateTime",
                    "java.time.ZoneId", "java.time.ZoneOffset")) {
                assertTrue(name.matches(Main.EXCLUDED_CONVERTERS), name);
            }
            assertFalse("java.nio.file.Path".matches(Main.EXCLUDED_CONVERTERS));
            // Left out: an option of a date type has no converter.
            assertThrows(CommandLine.MissingTypeConverterException.class,
                    () -> withOption(LocalDate.class).parseArgs("--x", "2024-01-31"));
            // Kept: the converter of a path, which picocli also loads by name.
            CommandLine path = withOption(Path.class);
            path.parseArgs("--x", "a.csv");
            assertEquals(Path.of("a.csv"), path.getCommandSpec().findOption("--x").getValue());
        } finally {
            if (before == null) {
                System.clearProperty("picocli.converters.excludes");
            } else {
                System.setProperty("picocli.converters.excludes", before);
            }
        }
    }

    /** The command line with every subcommand, as help builds it, writing nowhere. */
    private static CommandLine everyCommand() {
        PrintWriter none = new PrintWriter(new StringWriter());
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), none);
        return SpcCommand.commandLine(terminal, none, none, new String[0]);
    }

    private static CommandLine withOption(Class<?> type) {
        CommandSpec spec = CommandSpec.create();
        spec.addOption(OptionSpec.builder("--x").type(type).build());
        return new CommandLine(spec);
    }
}
