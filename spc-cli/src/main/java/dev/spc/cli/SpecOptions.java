package dev.spc.cli;

import dev.spc.core.spec.ChartSpec;
import dev.spc.core.spec.InvalidParameterException;
import dev.spc.core.spec.Parameter;
import dev.spc.core.spec.RuleParameters;
import dev.spc.core.spec.RuleSet;
import dev.spc.io.DataException;
import dev.spc.io.DateReader;
import dev.spc.io.SpecParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The analysis settings every metric starts from, one option per row of the table of parameters
 * ({@link SpecParameters}); a settings file overrides them per metric. The options are declared from the
 * table, so that a new parameter needs no code here.
 */
final class SpecOptions {
    private final Map<Parameter, OptionSpec> options = new EnumMap<>(Parameter.class);

    /** The options, as a mixin to add to a command. */
    CommandSpec mixin() {
        CommandSpec mixin = CommandSpec.create();
        for (SpecParameters.Entry<?> e : SpecParameters.ALL) {
            OptionSpec.Builder b = OptionSpec.builder(e.option()).description(e.description());
            if (e.isFlag()) {
                b.type(boolean.class).arity("0").initialValue(false);
            } else if (e.isList()) {
                b.type(List.class).auxiliaryTypes(String.class).paramLabel(e.label()).initialValue(new ArrayList<String>())
                        .splitRegex(e.parameter() == Parameter.RECALCULATE_FROM ? "[,;]" : ",").splitRegexSynopsisLabel(",")
                        .converters(new Checked(e));
            } else {
                b.type(String.class).paramLabel(e.label()).converters(new Checked(e));
            }
            OptionSpec option = b.build();
            options.put(e.parameter(), option);
            mixin.addOption(option);
        }
        return mixin;
    }

    /**
     * Reads a value as it is given, so that a wrong one is refused with the command line's other errors
     * (exit 2); dates wait for the data's date format. It is a class, not a lambda: picocli is built for an old
     * Java, and a lambda of one of its interfaces keeps that interface, and every class of picocli's that
     * implements it, out of the class-data sharing archive the launcher makes (so each run would read them from
     * the jar).
     */
    private static final class Checked implements CommandLine.ITypeConverter<String> {
        private final SpecParameters.Entry<?> e;

        Checked(SpecParameters.Entry<?> e) {
            this.e = e;
        }

        @Override
        public String convert(String text) {
            if (e.parameter() == Parameter.CHART && CASE_CHARTS.contains(text.trim().toLowerCase(java.util.Locale.ROOT))) {
                return text;
            }
            if (e.parameter() != Parameter.RECALCULATE_FROM) {
                try {
                    e.check(List.of(text), dates -> List.of());
                } catch (InvalidParameterException ex) {
                    throw new TypeConversionException(ex.problem());
                } catch (IllegalArgumentException ex) {
                    throw new TypeConversionException(ex.getMessage());
                }
            }
            return text;
        }
    }

    /** The charts of case-level outcomes, which are analysed apart from the charts of series (docs/risk-adjusted.md). */
    static final List<String> CASE_CHARTS = List.of("ra-cusum", "vlad");

    /** The case-level chart --chart names ({@code ra-cusum} or {@code vlad}), if it names one. */
    java.util.Optional<String> caseChart() {
        if (!given(Parameter.CHART)) {
            return java.util.Optional.empty();
        }
        String t = texts(Parameter.CHART).get(0).trim().toLowerCase(java.util.Locale.ROOT);
        return CASE_CHARTS.contains(t) ? java.util.Optional.of(t) : java.util.Optional.empty();
    }

    /** The text an option was given, if it was. */
    java.util.Optional<String> text(Parameter p) {
        return given(p) ? java.util.Optional.of(texts(p).get(0)) : java.util.Optional.empty();
    }

    /** The option of a parameter, as the user types it. */
    static String optionOf(Parameter parameter) {
        return SpecParameters.of(parameter).option();
    }

    private boolean given(Parameter p) {
        OptionSpec o = options.get(p);
        Object v = o.getValue();
        return v instanceof Boolean flag ? flag : v instanceof List<?> list ? !list.isEmpty() : v != null;
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(Parameter p) {
        Object v = options.get(p).getValue();
        return v instanceof List<?> ? (List<String>) v : List.of((String) v);
    }

    /**
     * The spec every metric starts from.
     *
     * @param command the command, for errors in the command line's terms
     * @param datePattern the data's date format, or null when it is detected
     * @param notices where notices about the options go
     */
    ChartSpec defaults(CommandLine command, String datePattern, Consumer<String> notices) {
        warnAboutRulesNotChosen(notices);
        ChartSpec.Builder b = ChartSpec.builder();
        for (SpecParameters.Entry<?> e : SpecParameters.ALL) {
            if (!given(e.parameter()) || e.parameter() == Parameter.CHART && caseChart().isPresent()) {
                continue;
            }
            try {
                if (e.isFlag()) {
                    e.applyFlag(b);
                } else {
                    e.apply(b, texts(e.parameter()), texts -> dates(command, texts, datePattern, notices));
                }
            } catch (InvalidParameterException ex) {
                throw new ParameterException(command, e.option() + ": " + ex.problem());
            } catch (IllegalArgumentException ex) {
                throw new ParameterException(command, e.option() + ": " + ex.getMessage());
            }
        }
        return b.build();
    }

    /** Options for rules that are not chosen do nothing: say so rather than let them pass unnoticed. */
    private void warnAboutRulesNotChosen(Consumer<String> notices) {
        if (!given(Parameter.RULES)) {
            return;
        }
        List<String> rules = new ArrayList<>();
        for (String t : texts(Parameter.RULES)) {
            rules.add(RuleSet.parse(t).id());
        }
        if (given(Parameter.NELSON_K) && !rules.contains(RuleSet.NELSON.id())) {
            notices.accept(optionOf(Parameter.NELSON_K) + " has no effect: " + optionOf(Parameter.RULES)
                    + " does not choose nelson");
        }
        boolean shiftOrTrend = given(Parameter.SHIFT) && !texts(Parameter.SHIFT).get(0).trim()
                .equals(Integer.toString(RuleParameters.DEFAULT_SHIFT))
                || given(Parameter.TREND) && !texts(Parameter.TREND).get(0).trim()
                .equals(Integer.toString(RuleParameters.DEFAULT_TREND));
        if (shiftOrTrend && !rules.contains(RuleSet.MDC.id())) {
            notices.accept(optionOf(Parameter.SHIFT) + " and " + optionOf(Parameter.TREND) + " set the MDC rules, and "
                    + optionOf(Parameter.RULES) + " does not choose mdc");
        }
    }

    /** The recalculation dates, read in the data's date format (detected when it is null). */
    private static List<LocalDate> dates(CommandLine command, List<String> texts, String datePattern,
            Consumer<String> notices) {
        String option = optionOf(Parameter.RECALCULATE_FROM);
        try {
            return DateReader.dates(texts, datePattern, option, null, 0, notices);
        } catch (DataException e) {
            throw new ParameterException(command, option + ": " + e.problem());
        }
    }
}
