/**
 * crisis-kafka-streams: a Kafka Streams topology over the crisis-pr engines: mentions to
 * assessments and incidents, deadlines by wall-clock punctuation, vetted replies, a dead-letter
 * topic. Kafka's jars carry no module names, so they are required by their file-derived automatic
 * names {@code kafka.streams} and {@code kafka.clients}.
 */
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module io.github.crisispr.kafka {
  requires transitive io.github.crisispr.core;
  requires transitive kafka.streams;
  requires transitive kafka.clients;
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports io.github.crisispr.kafka;
}
