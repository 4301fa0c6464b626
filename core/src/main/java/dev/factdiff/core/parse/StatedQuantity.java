package dev.factdiff.core.parse;

import dev.factdiff.core.model.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A quantity while its sentence is read, with the tokens it covers and its digits as written ("2.5" of "2.5
 * million"), which tell whether the text scaled it.
 */
record StatedQuantity(Quantity quantity, int firstToken, int lastToken, Optional<BigDecimal> written) {}
