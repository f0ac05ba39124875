import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.*;
import io.github.crisispr.core.incident.Role;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.incident.Task;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Writes seeded sample events of 60 incidents (January to April 2026) as JSON Lines; not in CI. */
public class KpiSampleEvents {
  public static void main(String[] args) {
    Random r = new Random(7);
    Channel[] channels = {Channel.FACEBOOK, Channel.GOOGLE_REVIEW, Channel.LINE_GROUP, Channel.THREADS, Channel.EMAIL};
    List<IncidentEvent> l = new ArrayList<>();
    String sha = "0".repeat(64);
    for (int i = 0; i < 60; i++) {
      String id = "inc-" + i;
      Instant o = Instant.parse("2026-01-02T01:00:00Z").plus(Duration.ofHours(r.nextInt(24 * 115)));
      Channel ch = channels[r.nextInt(channels.length)];
      Severity s = Severity.values()[r.nextInt(3)];
      Mention m =
          Mention.builder()
              .id("m-" + i)
              .clinicId("clinic-sunny")
              .channel(ch)
              .text("sample")
              .observedAt(o)
              .rating(ch == Channel.GOOGLE_REVIEW ? 1 : null)
              .build();
      Assessment a = new Assessment(m.id(), s, List.of(CrisisType.SERVICE_COMPLAINT), 0.5, List.of(), "sample");
      l.add(new IncidentOpened(id, o, IncidentEvent.SYSTEM, "clinic-sunny", m, a));
      // Improving over the months: later incidents are answered faster.
      double speed = 1.6 - i / 60.0;
      long ack = (long) (r.nextInt(90) * speed) + 5;
      long hold = ack + (long) (r.nextInt(120) * speed);
      long resp = hold + (long) (r.nextInt(60 * 30) * speed);
      l.add(new RoleAssigned(id, o.plus(Duration.ofMinutes(ack)), "director", Role.SPOKESPERSON, "s"));
      if (r.nextInt(10) == 0) {
        l.add(new Dismissed(id, o.plus(Duration.ofMinutes(ack + 1)), "director", "false alarm"));
        continue;
      }
      l.add(new StatementPublished(id, o.plus(Duration.ofMinutes(hold)), "spokesperson", StatementKind.HOLDING, ch, ch.defaultAudience(), sha, null));
      l.add(new StatementPublished(id, o.plus(Duration.ofMinutes(resp)), "spokesperson", StatementKind.RESPONSE, ch, ch.defaultAudience(), sha, null));
      if (r.nextInt(4) == 0) {
        l.add(new SeverityChanged(id, o.plus(Duration.ofMinutes(30)), "director", Severity.MINOR, Severity.MODERATE, "spreading"));
      }
      if (r.nextInt(6) == 0) {
        l.add(new BreachDiscovered(id, o.plus(Duration.ofHours(2)), "director", 5, true));
        l.add(new TaskCompleted(id, o.plus(Duration.ofHours(20 + r.nextInt(80))), "director", Task.BREACH_NOTICE, null));
      }
      l.add(new Resolved(id, o.plus(Duration.ofHours(24 + r.nextInt(200))), "director", "done"));
      if (r.nextInt(3) != 0) {
        l.add(new ReviewCompleted(id, o.plus(Duration.ofDays(10)), "director", "lessons"));
      }
      if (r.nextInt(12) == 0) {
        l.add(new Reopened(id, o.plus(Duration.ofDays(20)), "director", "again"));
      }
      l.add(new RatingObserved(id, o.minus(Duration.ofDays(1)), IncidentEvent.SYSTEM, 4.5, 200));
      l.add(new RatingObserved(id, o.plus(Duration.ofDays(2)), IncidentEvent.SYSTEM, 4.1 + r.nextInt(4) / 10.0, 205));
      l.add(new RatingObserved(id, o.plus(Duration.ofDays(20)), IncidentEvent.SYSTEM, 4.3 + r.nextInt(4) / 10.0, 230));
      l.add(new SurveyAnswered(id, o.plus(Duration.ofDays(5)), IncidentEvent.SYSTEM, 4 + r.nextInt(7)));
    }
    Collections.shuffle(l, r);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (IncidentEvent e : l) {
      out.println(CrisisJson.write(e));
    }
  }
}
