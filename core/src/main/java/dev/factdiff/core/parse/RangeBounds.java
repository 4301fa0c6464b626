package dev.factdiff.core.parse;

import dev.factdiff.core.model.Quantity;
import dev.factdiff.core.model.Quantity.Unit;
import dev.factdiff.core.model.Token;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The bounds of a range share what the text writes once, after the upper one: "10 to 15 percent", "100 to 250
 * metres", "2.5 to 3 million tonnes" state a lower bound of 10 percent, 100 metres and 2.5 million tonnes.
 */
final class RangeBounds {

  private RangeBounds() {}

  private static final Set<String> LINKS = Set.of("to", "and", "or", "through", "-", "–", "—");

  /** The index of the word joining two numbers inside tokens {@code first..last} ("2 and 5"), or -1. */
  static int link(List<Token> tokens, int first, int last) {
    for (int i = first + 1; i < last; i++) {
      if (LINKS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))
          && tokens.get(i - 1).isNumber()
          && tokens.get(i + 1).isNumber()) {
        return i;
      }
    }
    return -1;
  }

  /** The quantities, each lower bound of a range completed from its upper bound. */
  static List<StatedQuantity> completed(List<StatedQuantity> stated, List<Token> tokens) {
    List<StatedQuantity> out = new ArrayList<>(stated);
    for (int i = 0; i + 1 < out.size(); i++) {
      StatedQuantity low = out.get(i);
      StatedQuantity high = out.get(i + 1);
      int between = low.lastToken() + 1;
      if (high.firstToken() == between + 1
          && LINKS.contains(tokens.get(between).text().toLowerCase(Locale.ROOT))) {
        out.set(i, inherit(low, high));
      }
    }
    return out;
  }

  /** The lower bound with the percent, currency, unit of measurement and scale it leaves to the upper one. */
  static StatedQuantity inherit(StatedQuantity low, StatedQuantity high) {
    Quantity l = low.quantity();
    Quantity h = high.quantity();
    Unit unit = l.unit();
    String currency = l.currency();
    if (l.unit() == Unit.COUNT && (h.unit() == Unit.PERCENT || h.unit() == Unit.CURRENCY)) {
      unit = h.unit();
      currency = h.currency();
    }
    BigDecimal value = l.value();
    BigDecimal scale = scale(high);
    boolean unscaled = low.written().isPresent() && low.written().get().compareTo(l.value()) == 0;
    if (scale.compareTo(BigDecimal.ONE) > 0 && unscaled && value.multiply(scale).compareTo(h.value()) <= 0) {
      value = value.multiply(scale);
    }
    Quantity completed =
        new Quantity(l.span(), l.text(), value, unit, currency, l.qualifier(), l.measure().or(h::measure));
    return new StatedQuantity(completed, low.firstToken(), low.lastToken(), low.written());
  }

  /** What the text multiplied the written digits by: 1,000,000 for "3 million" or "3m", else one. */
  private static BigDecimal scale(StatedQuantity q) {
    if (q.written().isEmpty() || q.written().get().signum() == 0) {
      return BigDecimal.ONE;
    }
    BigDecimal ratio = q.quantity().value().divide(q.written().get(), MathContext.DECIMAL64).stripTrailingZeros();
    boolean powerOfTen =
        ratio.compareTo(BigDecimal.valueOf(1000)) >= 0 && ratio.unscaledValue().equals(BigInteger.ONE);
    return powerOfTen ? ratio : BigDecimal.ONE;
  }
}
