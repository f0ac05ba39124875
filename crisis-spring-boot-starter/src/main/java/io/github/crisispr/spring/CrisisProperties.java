package io.github.crisispr.spring;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InstitutionKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code crisis.*} settings of the auto-configuration. Every setting has a default; none is
 * needed to start.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
@ConfigurationProperties(prefix = "crisis")
public class CrisisProperties {
  private final Journal journal = new Journal();
  private final Deadlines deadlines = new Deadlines();
  private final Rules rules = new Rules();
  private final Templates templates = new Templates();
  private final Clinic clinic = new Clinic();

  /** Creates the defaults. */
  public CrisisProperties() {}

  /**
   * The journal settings.
   *
   * @return {@code crisis.journal.*}
   */
  public Journal getJournal() {
    return journal;
  }

  /**
   * The deadline settings.
   *
   * @return {@code crisis.deadlines.*}
   */
  public Deadlines getDeadlines() {
    return deadlines;
  }

  /**
   * The rule-pack settings.
   *
   * @return {@code crisis.rules.*}
   */
  public Rules getRules() {
    return rules;
  }

  /**
   * The template-catalog settings.
   *
   * @return {@code crisis.templates.*}
   */
  public Templates getTemplates() {
    return templates;
  }

  /**
   * The clinic of a single-clinic application.
   *
   * @return {@code crisis.clinic.*}
   */
  public Clinic getClinic() {
    return clinic;
  }

  /**
   * {@code crisis.journal.*}: where the desk keeps its events unless an IncidentJournal bean
   * exists.
   */
  public static class Journal {
    /**
     * The file journal (JSON Lines, an fsync per append); its directory is created if missing. Not
     * used when the application defines its own IncidentJournal bean.
     */
    private Path path = Path.of("crisis-journal.jsonl");

    /** Creates the defaults. */
    public Journal() {}

    /**
     * The journal file.
     *
     * @return the path, default {@code crisis-journal.jsonl}
     */
    public Path getPath() {
      return path;
    }

    /**
     * Sets the journal file.
     *
     * @param path the path
     */
    public void setPath(Path path) {
      this.path = path;
    }
  }

  /** {@code crisis.deadlines.*}: how often the desk's deadlines are advanced. */
  public static class Deadlines {
    /** Whether warnings and breaches are delivered by a background task. */
    private boolean schedulingEnabled = true;

    /** How often the background task calls advanceDeadlines with the application's clock. */
    private Duration advanceInterval = Duration.ofSeconds(30);

    /** Creates the defaults. */
    public Deadlines() {}

    /**
     * Whether the background task runs.
     *
     * @return default true
     */
    public boolean isSchedulingEnabled() {
      return schedulingEnabled;
    }

    /**
     * Turns the background task on or off.
     *
     * @param schedulingEnabled false to call {@code advanceDeadlines()} yourself
     */
    public void setSchedulingEnabled(boolean schedulingEnabled) {
      this.schedulingEnabled = schedulingEnabled;
    }

    /**
     * The period of the background task.
     *
     * @return default 30 seconds
     */
    public Duration getAdvanceInterval() {
      return advanceInterval;
    }

    /**
     * Sets the period of the background task.
     *
     * @param advanceInterval at least 1 ms
     */
    public void setAdvanceInterval(Duration advanceInterval) {
      this.advanceInterval = advanceInterval;
    }
  }

  /** {@code crisis.rules.*}: the rule pack of the classifier and the checker. */
  public static class Rules {
    /** A rule-pack overlay (JSON, format crisis-rule-pack/1) laid over the built-in pack. */
    private @Nullable Resource overlay;

    /** Creates the defaults. */
    public Rules() {}

    /**
     * The overlay, if any.
     *
     * @return the overlay resource, or null for the built-in pack alone
     */
    public @Nullable Resource getOverlay() {
      return overlay;
    }

    /**
     * Sets the overlay.
     *
     * @param overlay a resource such as {@code classpath:crisis/rules.json}
     */
    public void setOverlay(@Nullable Resource overlay) {
      this.overlay = overlay;
    }
  }

  /** {@code crisis.templates.*}: the reply template catalog of the renderer. */
  public static class Templates {
    /** A template-catalog overlay (JSON) laid over the built-in catalog. */
    private @Nullable Resource overlay;

    /** Creates the defaults. */
    public Templates() {}

    /**
     * The overlay, if any.
     *
     * @return the overlay resource, or null for the built-in catalog alone
     */
    public @Nullable Resource getOverlay() {
      return overlay;
    }

    /**
     * Sets the overlay.
     *
     * @param overlay a resource such as {@code classpath:crisis/templates.json}
     */
    public void setOverlay(@Nullable Resource overlay) {
      this.overlay = overlay;
    }
  }

  /**
   * {@code crisis.clinic.*}: a ClinicProfile bean for a single-clinic application, created when
   * {@code crisis.clinic.id} is set. Multi-clinic hosts define ClinicProfile beans instead (every
   * one is registered with the desk) or pass the profile to each call.
   */
  public static class Clinic {
    /** The clinic's id, as in mentions' clinicId. */
    private @Nullable String id;

    /** The clinic's name. */
    private @Nullable String name;

    /** Other names the public uses for the clinic. */
    private List<String> aliases = new ArrayList<>();

    /** CLINIC or HOSPITAL (the breach-report duty differs). */
    private InstitutionKind kind = InstitutionKind.CLINIC;

    /** The clinic's time zone. */
    private ZoneId zone = ZoneId.of("Asia/Taipei");

    /** Official phone numbers, as published; replies may only point to official contacts. */
    private List<String> phones = new ArrayList<>();

    /** Official LINE ids. */
    private List<String> lineIds = new ArrayList<>();

    /** Official e-mail addresses. */
    private List<String> emails = new ArrayList<>();

    /** Official https URLs. */
    private List<String> urls = new ArrayList<>();

    /** Creates the defaults. */
    public Clinic() {}

    /**
     * The clinic id.
     *
     * @return the id, or null when no clinic is configured
     */
    public @Nullable String getId() {
      return id;
    }

    /**
     * Sets the clinic id.
     *
     * @param id the id
     */
    public void setId(@Nullable String id) {
      this.id = id;
    }

    /**
     * The clinic name.
     *
     * @return the name, or null (then the id is used)
     */
    public @Nullable String getName() {
      return name;
    }

    /**
     * Sets the clinic name.
     *
     * @param name the name
     */
    public void setName(@Nullable String name) {
      this.name = name;
    }

    /**
     * The aliases.
     *
     * @return the aliases, default none
     */
    public List<String> getAliases() {
      return aliases;
    }

    /**
     * Sets the aliases.
     *
     * @param aliases the aliases
     */
    public void setAliases(List<String> aliases) {
      this.aliases = aliases;
    }

    /**
     * The institution kind.
     *
     * @return default CLINIC
     */
    public InstitutionKind getKind() {
      return kind;
    }

    /**
     * Sets the institution kind.
     *
     * @param kind CLINIC or HOSPITAL
     */
    public void setKind(InstitutionKind kind) {
      this.kind = kind;
    }

    /**
     * The zone.
     *
     * @return default Asia/Taipei
     */
    public ZoneId getZone() {
      return zone;
    }

    /**
     * Sets the zone.
     *
     * @param zone the zone
     */
    public void setZone(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * The official phones.
     *
     * @return the phones
     */
    public List<String> getPhones() {
      return phones;
    }

    /**
     * Sets the official phones.
     *
     * @param phones the phones
     */
    public void setPhones(List<String> phones) {
      this.phones = phones;
    }

    /**
     * The official LINE ids.
     *
     * @return the LINE ids
     */
    public List<String> getLineIds() {
      return lineIds;
    }

    /**
     * Sets the official LINE ids.
     *
     * @param lineIds the LINE ids
     */
    public void setLineIds(List<String> lineIds) {
      this.lineIds = lineIds;
    }

    /**
     * The official e-mail addresses.
     *
     * @return the addresses
     */
    public List<String> getEmails() {
      return emails;
    }

    /**
     * Sets the official e-mail addresses.
     *
     * @param emails the addresses
     */
    public void setEmails(List<String> emails) {
      this.emails = emails;
    }

    /**
     * The official URLs.
     *
     * @return the URLs
     */
    public List<String> getUrls() {
      return urls;
    }

    /**
     * Sets the official URLs.
     *
     * @param urls the URLs
     */
    public void setUrls(List<String> urls) {
      this.urls = urls;
    }
  }
}
