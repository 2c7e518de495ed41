package dev.spc.core.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Reads the constant of a closed set from its id, the one way every enum of a spec is read from text. */
final class Ids {
    private Ids() {
    }

    /**
     * The constant whose id the text is, ignoring case, edge spaces and the difference between '_' and '-'.
     *
     * @throws InvalidParameterException naming the ids when the text is none of them
     */
    static <E> E parse(Parameter parameter, String text, E[] values, Function<E, String> id) {
        String t = normal(text);
        List<String> ids = new ArrayList<>();
        for (E e : values) {
            if (normal(id.apply(e)).equals(t)) {
                return e;
            }
            ids.add(id.apply(e));
        }
        throw new InvalidParameterException(parameter, text, "'" + text + "' is not " + choices(ids));
    }

    private static String normal(String s) {
        return s.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** "a or b", "a, b or c". */
    static String choices(List<String> ids) {
        if (ids.size() == 1) {
            return ids.get(0);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }
}
