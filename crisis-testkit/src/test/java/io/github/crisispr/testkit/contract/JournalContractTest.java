package io.github.crisispr.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.JournalVerification;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The journal contract passes for both built-in journals and rejects broken ones. */
class JournalContractTest {

  @Nested
  class InMemory extends IncidentJournalContract {
    @Override
    protected IncidentJournal journal() {
      return IncidentJournal.inMemory();
    }
  }

  @Nested
  class InFile extends IncidentJournalContract {
    @TempDir Path dir;
    private int files;
    private @Nullable Path last;

    @Override
    protected IncidentJournal journal() {
      Path p = dir.resolve("journal-" + files++ + ".jsonl");
      last = p;
      return IncidentJournal.open(p);
    }

    @Override
    protected @Nullable IncidentJournal reopen(IncidentJournal journal) {
      journal.close();
      return IncidentJournal.open(java.util.Objects.requireNonNull(last));
    }

    @Override
    protected int concurrentAppends() {
      return 40;
    }
  }

  /** Delegates everything to an in-memory journal; subclasses break one thing. */
  static class Forwarding implements IncidentJournal {
    final IncidentJournal d = IncidentJournal.inMemory();

    @Override
    public long append(IncidentEvent event, long expectedVersion) {
      return d.append(event, expectedVersion);
    }

    @Override
    public List<IncidentEvent> read(String incidentId) {
      return d.read(incidentId);
    }

    @Override
    public long version(String incidentId) {
      return d.version(incidentId);
    }

    @Override
    public List<String> incidentIds() {
      return d.incidentIds();
    }

    @Override
    public void forEach(Consumer<? super IncidentEvent> action) {
      d.forEach(action);
    }

    @Override
    public JournalVerification verify() {
      return d.verify();
    }

    @Override
    public void close() {
      d.close();
    }
  }

  private static IncidentJournalContract contract(IncidentJournal... fresh) {
    List<IncidentJournal> queue = new ArrayList<>(List.of(fresh));
    return new IncidentJournalContract() {
      @Override
      protected IncidentJournal journal() {
        return queue.remove(0);
      }

      @Override
      protected int concurrentAppends() {
        return 50;
      }
    };
  }

  @Test
  void aJournalIgnoringTheExpectedVersionIsRejected() {
    IncidentJournalContract c =
        contract(
            new Forwarding() {
              @Override
              public long append(IncidentEvent event, long expectedVersion) {
                return d.append(event, d.version(event.incidentId()));
              }
            });
    assertThrows(AssertionFailedError.class, c::wrongExpectedVersionConflictsAndChangesNothing);
  }

  @Test
  void aJournalThatStoresOnConflictIsRejected() {
    IncidentJournalContract c =
        contract(
            new Forwarding() {
              @Override
              public long append(IncidentEvent event, long expectedVersion) {
                if (expectedVersion != d.version(event.incidentId())) {
                  d.append(event, d.version(event.incidentId()));
                }
                return d.append(event, expectedVersion);
              }
            });
    assertThrows(AssertionFailedError.class, c::wrongExpectedVersionConflictsAndChangesNothing);
  }

  @Test
  void aReorderingJournalIsRejected() {
    IncidentJournal reversing =
        new Forwarding() {
          @Override
          public List<IncidentEvent> read(String incidentId) {
            List<IncidentEvent> l = new ArrayList<>(d.read(incidentId));
            Collections.reverse(l);
            return l;
          }
        };
    assertThrows(
        AssertionFailedError.class, contract(reversing)::readsReturnWhatWasAppendedInOrder);
  }

  @Test
  void aJournalMixingIncidentsIsRejected() {
    IncidentJournal mixing =
        new Forwarding() {
          @Override
          public List<IncidentEvent> read(String incidentId) {
            List<IncidentEvent> all = new ArrayList<>();
            d.forEach(all::add);
            return all;
          }
        };
    assertThrows(AssertionFailedError.class, contract(mixing)::isolatesIncidents);
  }

  @Test
  void aJournalLosingRacesIsRejected() {
    IncidentJournal lossy =
        new Forwarding() {
          private int appends;

          @Override
          public synchronized long append(IncidentEvent event, long expectedVersion) {
            // claims success for every tenth append without storing it
            if (++appends % 10 == 0 && expectedVersion > 0) {
              return expectedVersion + 1;
            }
            return d.append(event, expectedVersion);
          }
        };
    assertThrows(AssertionFailedError.class, contract(lossy)::concurrentAppendsWinOncePerVersion);
  }

  @Test
  void aJournalWithoutReopenSkipsTheDurabilityCheck() {
    assertThrows(
        TestAbortedException.class, contract(IncidentJournal.inMemory())::survivesReopening);
  }

  @Test
  void aJournalThatForgetsOnReopenIsRejected() {
    IncidentJournalContract forgetful =
        new IncidentJournalContract() {
          @Override
          protected IncidentJournal journal() {
            return IncidentJournal.inMemory();
          }

          @Override
          protected IncidentJournal reopen(IncidentJournal journal) {
            journal.close();
            return IncidentJournal.inMemory();
          }
        };
    assertThrows(AssertionFailedError.class, forgetful::survivesReopening);
  }
}
