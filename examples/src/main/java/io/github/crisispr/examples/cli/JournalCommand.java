package io.github.crisispr.examples.cli;

import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.JournalAnchor;
import io.github.crisispr.core.incident.JournalRepair;
import io.github.crisispr.core.incident.JournalSigner;
import io.github.crisispr.core.incident.JournalVerification;
import io.github.crisispr.core.json.CrisisJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code crisis journal append|verify|repair|export --file F}: the file journal without Java.
 *
 * <ul>
 *   <li>{@code append}: JSON Lines of events on stdin; every line is read and checked first, and
 *       only when all are good are they appended (each to its incident's current version); prints
 *       {@code {"appended":N,"anchor":"lines:head[:signature]"}}.
 *   <li>{@code verify}: prints {@code ok N lines, head A} (exit 0) or the first bad line and its
 *       byte offset (exit 2); {@code --anchor A} also checks the journal against an anchor kept
 *       elsewhere, {@code --key-file K} requires the anchor to be signed with that HMAC key.
 *   <li>{@code repair --to T}: copies the valid prefix to the new file T and prints the report; the
 *       journal itself is never changed.
 *   <li>{@code export}: the bare events as JSON Lines on stdout, exactly as stored.
 * </ul>
 *
 * A journal that another process has open is bad input (exit 2), as is a corrupt one for {@code
 * append} and {@code export}.
 */
@Command(
    name = "journal",
    mixinStandardHelpOptions = true,
    description = "Appends to, verifies, repairs and exports a file journal.",
    subcommands = {
      JournalCommand.Append.class,
      JournalCommand.Verify.class,
      JournalCommand.Repair.class,
      JournalCommand.Export.class
    })
final class JournalCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private CrisisCli root;

  @Override
  public Integer call() {
    root.err().println("crisis: journal needs a command: append, verify, repair or export");
    new CommandLine(this).usage(root.err());
    return CliSupport.BAD_INPUT;
  }

  static @Nullable JournalSigner signer(@Nullable Path keyFile) {
    if (keyFile == null) {
      return null;
    }
    try {
      return JournalSigner.hmacSha256(Files.readAllBytes(keyFile));
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("--key-file", 0, "file not found: " + keyFile, e);
    } catch (IOException e) {
      throw new InvalidInputException(
          "--key-file", 0, "cannot read " + keyFile + " (" + e.getClass().getSimpleName() + ")", e);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("--key-file", 0, e.reason(), e);
    }
  }

  /** {@code crisis journal append}. */
  @Command(
      name = "append",
      mixinStandardHelpOptions = true,
      description = "Appends JSON Lines of events (stdin); all or nothing.")
  static final class Append implements Callable<Integer> {
    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    private JournalCommand parent;

    @Option(names = "--file", required = true, description = "The journal file (created if new).")
    @SuppressWarnings("NullAway.Init")
    private Path file;

    @Option(names = "--key-file", description = "HMAC key file: print a signed checkpoint.")
    private @Nullable Path keyFile;

    @Override
    public Integer call() {
      JournalSigner signer = signer(keyFile);
      List<IncidentEvent> events = new ArrayList<>();
      try (BufferedReader in = CliSupport.utf8Lines(parent.root.in())) {
        CrisisJson.readEvents(in, (e, n) -> events.add(e));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read standard input", e);
      }
      try (IncidentJournal j = IncidentJournal.open(file)) {
        for (IncidentEvent e : events) {
          j.append(e, j.version(e.incidentId()));
        }
        JournalAnchor a =
            signer == null ? j.head().orElseThrow() : j.checkpoint(signer).orElseThrow();
        var o = CrisisJson.mapper().createObjectNode();
        o.put("appended", events.size());
        o.put("anchor", a.toString());
        CliSupport.printJson(parent.root.out(), o);
      }
      return CliSupport.OK;
    }
  }

  /** {@code crisis journal verify}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Verifies a journal: prints ok or the first bad line.")
  static final class Verify implements Callable<Integer> {
    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    private JournalCommand parent;

    @Option(names = "--file", required = true, description = "The journal file.")
    @SuppressWarnings("NullAway.Init")
    private Path file;

    @Option(names = "--anchor", description = "An anchor lines:head[:signature] kept elsewhere.")
    private @Nullable String anchor;

    @Option(names = "--key-file", description = "HMAC key file: the anchor must be signed with it.")
    private @Nullable Path keyFile;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(file)) {
        throw new InvalidInputException("--file", "not a journal file: " + file);
      }
      JournalSigner signer = signer(keyFile);
      if (signer != null && anchor == null) {
        throw new InvalidInputException("--key-file", "needs --anchor");
      }
      JournalVerification v;
      if (anchor == null) {
        v = IncidentJournal.verify(file);
      } else {
        JournalAnchor a;
        try {
          a = JournalAnchor.parse(anchor);
        } catch (InvalidInputException e) {
          throw new InvalidInputException("--anchor " + e.field(), 0, e.reason(), e);
        }
        v =
            signer == null
                ? IncidentJournal.verify(file, a)
                : IncidentJournal.verify(file, a, signer);
      }
      PrintStream out = parent.root.out();
      if (v.intact()) {
        out.println("ok " + v.lines() + " lines, head " + JournalAnchor.of(v.lines(), v.head()));
        return CliSupport.OK;
      }
      String where =
          v.firstBadLine() == 0
              ? "anchor"
              : "line "
                  + v.firstBadLine()
                  + (v.firstBadOffset() >= 0 ? ", byte offset " + v.firstBadOffset() : "");
      out.println(where + ": " + v.problem());
      parent.root.err().println("crisis: journal " + file + " fails verification at " + where);
      return CliSupport.BAD_INPUT;
    }
  }

  /** {@code crisis journal repair}. */
  @Command(
      name = "repair",
      mixinStandardHelpOptions = true,
      description = "Copies the valid prefix of a journal to a new file; prints what it left out.")
  static final class Repair implements Callable<Integer> {
    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    private JournalCommand parent;

    @Option(names = "--file", required = true, description = "The damaged journal (not changed).")
    @SuppressWarnings("NullAway.Init")
    private Path file;

    @Option(names = "--to", required = true, description = "The new file; must not exist.")
    @SuppressWarnings("NullAway.Init")
    private Path to;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(file)) {
        throw new InvalidInputException("--file", "not a journal file: " + file);
      }
      JournalRepair r;
      try {
        r = IncidentJournal.repair(file, to);
      } catch (InvalidInputException e) {
        throw new InvalidInputException("--to", 0, e.reason(), e);
      }
      var o = CrisisJson.mapper().createObjectNode();
      o.put("keptLines", r.keptLines());
      o.put("droppedLines", r.droppedLines());
      o.put("droppedBytes", r.droppedBytes());
      o.put("firstBadLine", r.firstBadLine());
      o.put("firstBadOffset", r.firstBadOffset());
      o.put("problem", r.problem());
      o.put("anchor", JournalAnchor.of(r.keptLines(), r.head()).toString());
      CliSupport.printJson(parent.root.out(), o);
      return CliSupport.OK;
    }
  }

  /** {@code crisis journal export}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Writes the events of a journal as bare JSON Lines (stdout).")
  static final class Export implements Callable<Integer> {
    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    private JournalCommand parent;

    @Option(names = "--file", required = true, description = "The journal file.")
    @SuppressWarnings("NullAway.Init")
    private Path file;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(file)) {
        throw new InvalidInputException("--file", "not a journal file: " + file);
      }
      PrintStream out = parent.root.out();
      IncidentJournal.export(file, out::println);
      out.flush();
      return CliSupport.OK;
    }
  }
}
