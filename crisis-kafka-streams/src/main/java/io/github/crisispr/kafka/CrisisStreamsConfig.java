package io.github.crisispr.kafka;

import io.github.crisispr.core.ApiStatus;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;

/** The settings the topology is made for. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class CrisisStreamsConfig {
  private CrisisStreamsConfig() {}

  /**
   * Settings for running {@link CrisisTopology}: {@code processing.guarantee=exactly_once_v2} (a
   * deadline record and the store entry that marks it sent commit together) and string serdes (the
   * topology reads its inputs as text, so a bad record reaches the dead-letter topic instead of
   * failing deserialization). Add your own settings on top.
   *
   * @param applicationId the Kafka Streams application id (also the consumer group)
   * @param bootstrapServers the brokers
   * @return new properties
   */
  public static Properties defaults(String applicationId, String bootstrapServers) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    return p;
  }
}
