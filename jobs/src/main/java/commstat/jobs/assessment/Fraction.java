package commstat.jobs.assessment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number, always in lowest terms with a positive denominator. The assessment computes
 * every ratio, normalised value and score with these so that two runs, and an independent implementation,
 * agree to the last digit; values are rounded only for display ({@link #toDecimal}).
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {
    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);
    public static final Fraction HUNDRED = of(100);

    public Fraction {
        Objects.requireNonNull(numerator, "numerator is null");
        Objects.requireNonNull(denominator, "denominator is null");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Fraction of(long value) {
        return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** The exact value of a decimal: 0.15 is 3/20. */
    public static Fraction of(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() <= 0
                ? new Fraction(v.toBigIntegerExact(), BigInteger.ONE)
                : new Fraction(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
    }

    /** Parses {@code p}, {@code p/q} or a decimal such as {@code 0.15}. */
    public static Fraction parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return of(new BigDecimal(text.trim()));
        }
        return new Fraction(new BigInteger(text.substring(0, slash).trim()), new BigInteger(text.substring(slash + 1).trim()));
    }

    public Fraction add(Fraction o) {
        return new Fraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    public Fraction subtract(Fraction o) {
        return add(o.negate());
    }

    public Fraction multiply(Fraction o) {
        return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    public Fraction divide(Fraction o) {
        return new Fraction(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    public int signum() {
        return numerator.signum();
    }

    public Fraction clamp(Fraction low, Fraction high) {
        return compareTo(low) < 0 ? low : compareTo(high) > 0 ? high : this;
    }

    @Override
    public int compareTo(Fraction o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    /** Correctly rounded (half up) to {@code scale} decimal places. */
    public BigDecimal toDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    public double toDouble() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64).doubleValue();
    }

    /** {@code p} or {@code p/q}, as in {@code expected.json}'s {@code raw_exact}. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
