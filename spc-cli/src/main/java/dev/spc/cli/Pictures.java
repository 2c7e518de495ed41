package dev.spc.cli;

import dev.spc.charts.ChartFormat;
import dev.spc.charts.ChartOptions;
import dev.spc.charts.ChartWriter;
import dev.spc.charts.Drawable;
import dev.spc.io.DataException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes pictures to their files all or none: each is drawn to a file beside its target first, and all are
 * put in place together only when all are drawn, so a failure leaves the folder as it was. The path of each
 * file written is printed.
 */
final class Pictures {
    private Pictures() {
    }

    /**
     * @param pictures each target and the picture to draw there, in the order to print them
     * @param where the output as the user named it, for the message when writing fails
     */
    static void write(Map<Path, Drawable> pictures, ChartFormat format, ChartOptions options, Path where,
            Terminal terminal) {
        try (OutputBatch batch = new OutputBatch()) {
            for (Map.Entry<Path, Drawable> e : pictures.entrySet()) {
                Drawable d = e.getValue();
                batch.add(e.getKey(), out -> ChartWriter.write(d, format, options, out));
            }
            batch.commit();
            pictures.keySet().forEach(terminal.out()::println);
        } catch (IOException e) {
            throw DataException.atFile(where.toString(), "cannot be written: " + e.getMessage(),
                    "Check that the folder is writable and the disk is not full; nothing was changed");
        }
    }
}
