/**
 * The crisis-pr Kafka Streams topology: {@link io.github.crisispr.kafka.CrisisTopology}, its topic
 * names {@link io.github.crisispr.kafka.CrisisTopics}, the JSON serdes {@link
 * io.github.crisispr.kafka.CrisisSerdes} and the recommended settings {@link
 * io.github.crisispr.kafka.CrisisStreamsConfig}.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
@NullMarked
package io.github.crisispr.kafka;

import io.github.crisispr.core.ApiStatus;
import org.jspecify.annotations.NullMarked;
