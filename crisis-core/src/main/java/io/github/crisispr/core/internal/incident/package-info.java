/** Implementation of the incident API (journals, JSON codec); not exported. */
@NullMarked
package io.github.crisispr.core.internal.incident;

import org.jspecify.annotations.NullMarked;
