/**
 * Implementation of crisis-templates: body compilation, slot value validation, catalog JSON and the
 * default renderer. Not exported; may change in any release.
 */
@NullMarked
package io.github.crisispr.templates.internal;

import org.jspecify.annotations.NullMarked;
