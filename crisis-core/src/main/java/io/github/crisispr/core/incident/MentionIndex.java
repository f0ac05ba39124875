package io.github.crisispr.core.incident;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The desk's index of recorded mentions, by clinic and mention id: which incident holds each one,
 * and enough of its content to tell a redelivery from an edit; and per incident, the SHA-256 of its
 * mentions' author handles (the do-not-solicit list). Texts are kept only as 64-bit fingerprints,
 * handles only as SHA-256 hashes, never as text. Thread-safe.
 */
final class MentionIndex {
  /** What identifies a mention's content; the observation instant and reach may change. */
  private record Recorded(
      String incidentId,
      Channel channel,
      @Nullable Instant publishedAt,
      @Nullable Integer rating,
      long textPrint,
      @Nullable String handleSha256) {

    static Recorded of(String incidentId, Mention m) {
      return new Recorded(
          incidentId,
          m.channel(),
          m.publishedAt(),
          m.rating(),
          print(m.text()),
          MentionIndex.handleSha256(m.authorHandle()));
    }
  }

  private final ConcurrentHashMap<String, Recorded> byKey = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Set<String>> handlesByIncident =
      new ConcurrentHashMap<>();

  /** Indexes the mention an event carries, if it carries one. */
  void add(IncidentEvent e) {
    e.accept(MENTION_OF)
        .ifPresent(
            m -> {
              Recorded r = Recorded.of(e.incidentId(), m);
              byKey.put(key(m.clinicId(), m.id()), r);
              String h = r.handleSha256();
              if (h != null) {
                handlesByIncident
                    .computeIfAbsent(e.incidentId(), k -> ConcurrentHashMap.newKeySet())
                    .add(h);
              }
            });
  }

  /** The SHA-256 hashes of the author handles of an incident's mentions, in no order. */
  List<String> handleHashes(String incidentId) {
    Set<String> h = handlesByIncident.get(incidentId);
    return h == null ? List.of() : List.copyOf(h);
  }

  private static @Nullable String handleSha256(@Nullable String handle) {
    return handle == null ? null : sha256Hex(handle);
  }

  /**
   * The SHA-256 of a handle's UTF-8 bytes as 64 lower-case hex digits.
   *
   * @throws IllegalStateException if the JVM lacks SHA-256 (every Java SE JVM has it)
   */
  static String sha256Hex(String handle) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(handle.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /**
   * The incident that holds a mention with this id, after checking that its content is the recorded
   * one.
   *
   * @throws InvalidInputException naming the first component that differs from the recorded
   *     mention: an edited mention is not a redelivery
   */
  Optional<String> holderOf(Mention m) {
    Recorded r = byKey.get(key(m.clinicId(), m.id()));
    if (r == null) {
      return Optional.empty();
    }
    Recorded now = Recorded.of(r.incidentId(), m);
    String differs =
        r.channel() != now.channel()
            ? "channel"
            : r.textPrint() != now.textPrint()
                ? "text"
                : !Objects.equals(r.publishedAt(), now.publishedAt())
                    ? "publishedAt"
                    : !Objects.equals(r.rating(), now.rating())
                        ? "rating"
                        : !Objects.equals(r.handleSha256(), now.handleSha256())
                            ? "authorHandle"
                            : null;
    if (differs != null) {
      throw new InvalidInputException(
          "mention." + differs,
          "differs from the mention '"
              + m.id()
              + "' already recorded in incident '"
              + r.incidentId()
              + "': an edited mention is not a redelivery; give the edit its own mention id");
    }
    return Optional.of(r.incidentId());
  }

  /** The incident that holds a mention, without a content check. */
  Optional<String> holderOf(String clinicId, String mentionId) {
    Recorded r = byKey.get(key(clinicId, mentionId));
    return r == null ? Optional.empty() : Optional.of(r.incidentId());
  }

  private static String key(String clinicId, String mentionId) {
    return clinicId + '\u0000' + mentionId;
  }

  /** FNV-1a over the UTF-16 units, mixed; equal texts give equal prints on every JVM. */
  private static long print(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= s.length();
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  private static final MentionOf MENTION_OF = new MentionOf();

  /** The mention an event carries: {@code IncidentOpened} and {@code MentionLinked} do. */
  private static final class MentionOf implements IncidentEvent.Visitor<Optional<Mention>> {
    @Override
    public Optional<Mention> visit(IncidentEvent.IncidentOpened e) {
      return Optional.of(e.mention());
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.MentionLinked e) {
      return Optional.of(e.mention());
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.SeverityChanged e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.RoleAssigned e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.TaskCompleted e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.TaskWaived e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.StageChanged e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.StatementPublished e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.EvidenceRecorded e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.DisputeDeclared e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.MedicalAccidentConfirmed e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.MajorAccidentIdentified e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.MajorAccidentReported e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.RecordCopyRequested e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.MediationApplied e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.BreachDiscovered e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.DeadlinePaused e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.DeadlineResumed e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.RatingObserved e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.SurveyAnswered e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.Resolved e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.ReviewCompleted e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.Dismissed e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.Closed e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.Reopened e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.StatementDrafted e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.StatementApproved e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.StatementRejected e) {
      return Optional.empty();
    }

    @Override
    public Optional<Mention> visit(IncidentEvent.ResponseWithheld e) {
      return Optional.empty();
    }
  }
}
