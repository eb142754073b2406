package org.maillage.model.services;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares shown to users as percentages. One decimal is enough, except where rounding would put
 * the figure on a limit the exact share is not on: 99.99 % is never shown as 100.0 %, nor
 * 80.01 % as 80.0 % when 80 % is the ceiling a message speaks of. Then as many decimals as
 * tell the share from the limit, and past {@value #MAX_DECIMALS} the figure is cut toward the
 * exact share's side of the limit.
 */
public final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_DECIMALS = 6;

    private Percentages() {
    }

    /**
     * {@code ratio} (0.8 for 80 %) as a percentage without the sign, {@code "80.0"}, never equal
     * to 0, 100 or one of {@code limits} (percentages, 80 for 80 %) unless the ratio is.
     */
    public static String format(BigDecimal ratio, BigDecimal... limits) {
        BigDecimal exact = ratio.movePointRight(2);
        for (int decimals = 1; decimals <= MAX_DECIMALS; decimals++) {
            BigDecimal shown = exact.setScale(decimals, RoundingMode.HALF_UP);
            if (!claimsALimit(exact, shown, limits)) {
                return shown.toPlainString();
            }
        }
        BigDecimal limit = nearestLimit(exact, limits);
        RoundingMode side = exact.compareTo(limit) < 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
        return exact.setScale(MAX_DECIMALS, side).toPlainString();
    }

    private static boolean claimsALimit(BigDecimal exact, BigDecimal shown, BigDecimal[] limits) {
        if (misstates(exact, shown, BigDecimal.ZERO) || misstates(exact, shown, HUNDRED)) {
            return true;
        }
        for (BigDecimal limit : limits) {
            if (misstates(exact, shown, limit)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code shown} equals {@code limit} while {@code exact} does not. */
    private static boolean misstates(BigDecimal exact, BigDecimal shown, BigDecimal limit) {
        return shown.compareTo(limit) == 0 && exact.compareTo(limit) != 0;
    }

    private static BigDecimal nearestLimit(BigDecimal exact, BigDecimal[] limits) {
        BigDecimal nearest = exact.subtract(HUNDRED).abs().compareTo(exact.abs()) < 0 ? HUNDRED : BigDecimal.ZERO;
        for (BigDecimal limit : limits) {
            if (exact.subtract(limit).abs().compareTo(exact.subtract(nearest).abs()) < 0) {
                nearest = limit;
            }
        }
        return nearest;
    }
}
