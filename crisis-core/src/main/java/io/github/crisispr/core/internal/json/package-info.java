/**
 * The one JSON codec of crisis-pr behind {@link io.github.crisispr.core.json.CrisisJson}: the
 * shared mapper configuration, the tree reader that names fields by path, and the vocabulary's
 * contract codec. Not exported but to crisis-pr's own modules; may change in any release.
 */
@NullMarked
package io.github.crisispr.core.internal.json;

import org.jspecify.annotations.NullMarked;
