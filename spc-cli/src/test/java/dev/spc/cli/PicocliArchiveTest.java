package dev.spc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * No object the command line hands to picocli is a lambda. Picocli is built for an old Java, and a lambda of
 * one of its interfaces keeps that interface, and every class of picocli's that implements it, out of the
 * class-data sharing archive the launcher makes: each run then reads and checks them from the jar, which cost
 * a 100,000-point summary about a tenth of its time. A lambda's class is a hidden class; a written one is not.
 */
class PicocliArchiveTest {
    @Test
    void theHandlersAndEveryConverterOfEveryCommandAreWrittenClasses() {
        PrintWriter none = new PrintWriter(new StringWriter());
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), none);
        CommandLine top = SpcCommand.commandLine(terminal, none, none, new String[0]);
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
}
