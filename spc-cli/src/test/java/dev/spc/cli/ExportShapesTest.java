package dev.spc.cli;

import static dev.spc.cli.ExampleDataTest.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

/**
 * The example exports in {@code examples/data/exports/} hold the same five metrics in the shapes trust
 * systems and Excel write; each, read without an option, gives exactly the summary and the points of the
 * tidy long file.
 */
class ExportShapesTest {
    private static final String SETTINGS = "exports/settings.csv";

    private static Cli.Result run(String command, String file, String... more) {
        List<String> args = new ArrayList<>(List.of(command, data("exports/" + file).toString(),
                "--settings", data(SETTINGS).toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wide-periods.csv", "wide-metrics.csv", "financial-periods.csv",
        "excel-comma-delimited.csv", "excel-semicolons.csv", "excel-unicode-text.txt", "workbook.xlsx"})
    void everyShapeGivesTheTidySummaryAndPoints(String file) {
        Cli.Result tidy = run("summary", "tidy.csv");
        assertEquals(0, tidy.status(), tidy.toString());
        assertEquals(4, tidy.table().rowCount(), "five metrics, one left out by the settings' include column");

        Cli.Result shaped = run("summary", file);
        assertEquals(0, shaped.status(), shaped.toString());
        // Explanations name the periods as the file does: 2024/25 M12 where the tidy file's months say Mar 2025.
        assertEquals(tidy.out(), monthsForFinancialMonths(shaped.out()), file);
        assertEquals(run("analyse", "tidy.csv").out(), run("analyse", file).out(), file);
    }

    /**
     * Financial months ("2024/25 M01": month 1 of the year from April 2024) written as calendar months
     * ("Apr 2024"): M01-M09 are April to December of the first year, M10-M12 January to March of the next.
     */
    static String monthsForFinancialMonths(String text) {
        String[] names = {"Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"};
        return java.util.regex.Pattern.compile("(\\d{4})/\\d{2} M(\\d{2})").matcher(text).replaceAll(m -> {
            int month = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(1)) + (month >= 10 ? 1 : 0);
            return names[month - 1] + " " + year;
        });
    }

    @Test
    void aColumnPerPeriodIsSaidInOneLineWithTheColumnsLeftOut() {
        Cli.Result r = run("summary", "wide-periods.csv");
        assertTrue(r.err().contains("wide-periods.csv: read as a column per period and a row per metric "
                + "(24 periods, Apr-23 to Mar-25; metrics in column 'Metric'); columns 'YTD', 'Total' are not a "
                + "period, left out"), r.err());
        assertTrue(r.err().contains("rows 1-2 above the header left out (a title or notes): row 1 "
                + "('Integrated performance report')"), r.err());
        assertTrue(r.err().contains("1 row of totals or averages left out: row 12 ('Total')"), r.err());
    }

    @Test
    void theLayoutAndHeaderRowCanBeSaidOutright() {
        Cli.Result auto = run("summary", "wide-periods.csv");
        Cli.Result said = run("summary", "wide-periods.csv", "--layout", "wide-periods", "--header-row", "4");
        assertEquals(0, said.status(), said.toString());
        assertEquals(auto.out(), said.out());

        Cli.Result wrong = run("summary", "wide-periods.csv", "--layout", "long");
        assertEquals(1, wrong.status());
        assertTrue(wrong.err().contains("--layout wide-periods"), wrong.err());
        assertEquals("", wrong.out());

        Cli.Result badLayout = run("summary", "tidy.csv", "--layout", "sideways");
        assertEquals(2, badLayout.status(), "a wrong command line");
        assertTrue(badLayout.err().contains("give long, wide-periods or wide-metrics"), badLayout.err());
    }

    @Test
    void aWorkbooksSheetIsChosenByNameOrNumberAndTheFirstWithATableIsSaid() {
        Cli.Result first = run("summary", "workbook.xlsx");
        assertTrue(first.err().contains("workbook.xlsx: read sheet 'IPR' (of 1 'Contents', 2 'IPR', 3 'Long data'); "
                + "give --sheet NAME or NUMBER to read another"), first.err());
        assertTrue(first.err().contains("1 cell holds an Excel error value, read as missing (a gap): row 6"), first.err());
        Cli.Result longSheet = run("summary", "workbook.xlsx", "--sheet", "long data");
        assertEquals(0, longSheet.status(), longSheet.toString());
        assertEquals(first.out(), longSheet.out());
        assertEquals(first.out(), run("summary", "workbook.xlsx", "--sheet", "3").out());

        Cli.Result none = run("summary", "workbook.xlsx", "--sheet", "Summary");
        assertEquals(1, none.status());
        assertEquals("", none.out());
        assertTrue(none.err().contains("the workbook has no sheet 'Summary'. Its sheets are: 1 'Contents', 2 'IPR', "
                + "3 'Long data'. Give --sheet a sheet's name or number"), none.err());
    }

    @Test
    void financialPeriodsAreDatedByTheirFirstDayAndKeepTheirLabels() {
        Cli.Result csv = run("analyse", "financial-periods.csv", "--metric", "Outpatient*");
        assertEquals("2023-04-01", csv.table().stringColumn("date").get(0), "2023/24 M01 is April 2023");
        assertEquals("2025-03-01", csv.table().stringColumn("date").get(23), "2024/25 M12 is March 2025");
        Cli.Result json = run("analyse", "financial-periods.csv", "--metric", "Outpatient*", "--format", "json");
        assertTrue(json.out().contains("\"period\": \"financial_month\""), json.out().substring(0, 400));
        assertTrue(json.out().contains("\"label\": \"2023/24 M01\"") && json.out().contains("\"label\": \"2024/25 M12\""));
    }

    @Test
    void metricsAreChosenByNameOrPatternWithoutRegardToCase() {
        Cli.Result r = run("summary", "wide-metrics.csv", "--metric", "a&e*", "--metric", "Falls per 1,000 bed days");
        assertEquals(0, r.status(), r.toString());
        Table t = r.table();
        assertEquals(List.of("A&E 4-hour performance (%)", "Falls per 1,000 bed days"),
                t.stringColumn("metric").asList());

        Cli.Result none = run("summary", "tidy.csv", "--metric", "Mortality*");
        assertEquals(1, none.status());
        assertTrue(none.err().contains("The metrics are: A&E 4-hour performance (%), Cancer 62-day – all routes (%)"),
                none.err());
    }

    @Test
    void theSettingsIncludeColumnLeavesAMetricOutWithANotice() {
        Cli.Result r = run("summary", "tidy.csv");
        assertTrue(r.err().contains("24 rows of 1 metric with include = no in the settings left out"), r.err());
        assertTrue(r.table().stringColumn("metric").asList().stream().noneMatch(m -> m.startsWith("Data quality")));

        Cli.Result all = Cli.run("summary", data("exports/tidy.csv").toString());
        assertEquals(5, all.table().rowCount());
    }
}
