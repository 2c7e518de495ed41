package dev.spc.charts;

import java.util.Random;

/** Text made at random from given pieces, for checking a hand-written scan against the pattern it replaced. */
public final class RandomText {
    private RandomText() {
    }

    /** One to {@code most} pieces, each drawn at random, joined. */
    public static String of(Random random, String[] pieces, int most) {
        StringBuilder sb = new StringBuilder();
        int length = 1 + random.nextInt(most);
        for (int i = 0; i < length; i++) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.toString();
    }
}
