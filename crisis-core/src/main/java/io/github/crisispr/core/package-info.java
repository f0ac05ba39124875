/**
 * API of crisis-pr: the vocabulary (severity, crisis types, channels, mentions, clinic profiles,
 * assessments, compliance reports), the {@link io.github.crisispr.core.SeverityClassifier} and
 * {@link io.github.crisispr.core.ComplianceChecker} SPIs and the exception hierarchy.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
@NullMarked
package io.github.crisispr.core;

import org.jspecify.annotations.NullMarked;
