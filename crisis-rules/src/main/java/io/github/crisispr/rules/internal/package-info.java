/**
 * Implementation of crisis-rules (not exported): text normalization with an offset map, the compact
 * Aho–Corasick phrase automaton, the compiled rule pack and the classification engine.
 */
@NullMarked
package io.github.crisispr.rules.internal;

import org.jspecify.annotations.NullMarked;
