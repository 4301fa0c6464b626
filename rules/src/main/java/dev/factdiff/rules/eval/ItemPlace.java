package dev.factdiff.rules.eval;

import java.util.Optional;

/**
 * Where an expected item is, in each version: located as the scorer locates it, empty when the case gives no
 * place on that side or its excerpt is not found.
 */
public record ItemPlace(Optional<Place> original, Optional<Place> revised) {}
