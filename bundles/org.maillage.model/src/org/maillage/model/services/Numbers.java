package org.maillage.model.services;

import java.math.BigDecimal;

/**
 * The numbers of a model (amounts, targets, rates, years) have at most {@link #MAX_DIGITS} digits
 * written out. A longer number is refused before it is parsed: {@code new BigDecimal(String)}
 * takes time quadratic in the length (one 1 MB number took 34 s), and no amount needs it.
 */
public final class Numbers {

    /** Digits of a number written out in full; a thousand billion euros with cents is 15. */
    public static final int MAX_DIGITS = 30;

    private Numbers() {
    }

    /** A number longer than {@link #MAX_DIGITS} digits; {@link #length()} is how many characters it had. */
    public static final class TooLong extends NumberFormatException {

        private static final long serialVersionUID = 1L;

        private final long length;

        public TooLong(long length) {
            super("number of " + length + " characters, above " + MAX_DIGITS + " digits");
            this.length = length;
        }

        public long length() {
            return length;
        }
    }

    /**
     * The number written (digits, an optional point and decimals, an optional sign or exponent), or
     * throws {@link TooLong} without parsing it when it has more than {@link #MAX_DIGITS} digits written
     * out (an exponent counts as the digits it stands for), or {@link NumberFormatException}.
     */
    public static BigDecimal parse(String written) {
        int digits = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '0' && c <= '9' && ++digits > MAX_DIGITS) {
                throw new TooLong(written.length());
            }
            if (c == 'e' || c == 'E') {
                // at most MAX_DIGITS digits before the exponent: parsing is cheap, the value may not be
                BigDecimal value = new BigDecimal(written);
                checkWrittenOut(value, written.length());
                return value;
            }
        }
        return new BigDecimal(written);
    }

    /** Throws {@link TooLong} if {@code value} written out in full has more than {@link #MAX_DIGITS} digits. */
    public static void checkWrittenOut(BigDecimal value, long length) {
        long precision = value.precision();
        long scale = value.scale();
        long digits = Math.max(precision - scale, 1) + Math.max(scale, 0);
        if (digits > MAX_DIGITS) {
            throw new TooLong(length);
        }
    }
}
