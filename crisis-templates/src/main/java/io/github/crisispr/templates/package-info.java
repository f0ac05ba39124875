/**
 * API of crisis-templates: {@link io.github.crisispr.templates.ReplyTemplate reply templates} with
 * typed slots, the {@link io.github.crisispr.templates.TemplateCatalog catalog} (built-in zh-TW and
 * en templates, vendor overlays in JSON) and the {@link io.github.crisispr.templates.ReplyRenderer
 * renderer}, which cannot be built without a {@link io.github.crisispr.core.ComplianceChecker} and
 * checks every text it renders.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
@NullMarked
package io.github.crisispr.templates;

import io.github.crisispr.core.ApiStatus;
import org.jspecify.annotations.NullMarked;
