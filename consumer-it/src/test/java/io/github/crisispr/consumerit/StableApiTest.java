package io.github.crisispr.consumerit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.rules.RulePack;
import io.github.crisispr.templates.ReplyRenderer;
import io.github.crisispr.testkit.MutableClock;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The API compatibility check: the signatures of every {@code @ApiStatus(STABLE)} type in the
 * packages the published modules export (the type, then each public or protected constructor,
 * method and field, sorted) must equal the checked-in baseline {@code
 * src/test/resources/stable-api.txt}. A STABLE signature may only change in a new major version.
 *
 * <p>After an intended change (a new STABLE type or member, or a major version), regenerate the
 * baseline and commit it with the change: {@code mvn -B verify -pl consumer-it -am
 * -Dcrisis.api.update=true}, then review {@code git diff consumer-it/src/test/resources}.
 */
class StableApiTest {
  static final Path BASELINE = Path.of("src/test/resources/stable-api.txt");

  /** One class of each published JPMS module, to find its artifact. */
  static final List<Class<?>> MODULES =
      List.of(ApiStatus.class, RulePack.class, ReplyRenderer.class, MutableClock.class);

  static ApiStatus.@Nullable Status status(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      ApiStatus s = c.getAnnotation(ApiStatus.class);
      if (s != null) {
        return s.value();
      }
    }
    return null;
  }

  static String signature(Class<?> t) {
    List<String> parts = new ArrayList<>();
    parts.add(
        Modifier.toString(t.getModifiers() & ~Modifier.STRICT).replace("interface", "").strip());
    parts.add(
        t.isAnnotation()
            ? "@interface"
            : t.isInterface()
                ? "interface"
                : t.isEnum() ? "enum" : t.isRecord() ? "record" : "class");
    parts.add(t.getName());
    if (t.getGenericSuperclass() != null
        && !t.isEnum()
        && !t.isRecord()
        && t.getSuperclass() != Object.class) {
      parts.add("extends " + t.getGenericSuperclass().getTypeName());
    }
    String ifaces =
        Stream.of(t.getGenericInterfaces())
            .map(java.lang.reflect.Type::getTypeName)
            .sorted()
            .collect(Collectors.joining(", "));
    if (!ifaces.isEmpty()) {
      parts.add("implements " + ifaces);
    }
    return parts.stream().filter(p -> !p.isEmpty()).collect(Collectors.joining(" "));
  }

  static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  static List<String> members(Class<?> t) {
    Set<String> out = new TreeSet<>();
    for (Constructor<?> c : t.getDeclaredConstructors()) {
      if (visible(c.getModifiers()) && !c.isSynthetic()) {
        out.add("  " + c.toGenericString());
      }
    }
    for (Method m : t.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        out.add("  " + m.toGenericString());
      }
    }
    for (Field f : t.getDeclaredFields()) {
      if (visible(f.getModifiers()) && !f.isSynthetic()) {
        out.add("  " + f.toGenericString());
      }
    }
    return List.copyOf(out);
  }

  /** The baseline text of the current build. */
  static String currentApi() throws IOException, URISyntaxException {
    Set<String> types = new TreeSet<>();
    for (Class<?> anchor : MODULES) {
      Path artifact = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      ModuleReference ref = ModuleFinder.of(artifact).findAll().stream().findFirst().orElseThrow();
      Set<String> exported =
          ref.descriptor().exports().stream()
              .filter(e -> !e.isQualified())
              .map(ModuleDescriptor.Exports::source)
              .collect(Collectors.toSet());
      try (ModuleReader reader = ref.open();
          Stream<String> entries = reader.list()) {
        entries
            .filter(e -> e.endsWith(".class") && !e.endsWith("module-info.class"))
            .filter(e -> !e.endsWith("package-info.class"))
            .map(e -> e.substring(0, e.length() - 6).replace('/', '.'))
            .filter(
                n ->
                    n.lastIndexOf('.') > 0 && exported.contains(n.substring(0, n.lastIndexOf('.'))))
            .forEach(types::add);
      }
    }
    StringBuilder b = new StringBuilder();
    b.append(
        "# Signatures of the STABLE API (StableApiTest). Regenerate after an intended change:\n");
    b.append("# mvn -B verify -pl consumer-it -am -Dcrisis.api.update=true\n");
    for (String name : types) {
      Class<?> t;
      try {
        t = Class.forName(name, false, StableApiTest.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(name, e);
      }
      if (!visible(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        continue;
      }
      if (status(t) != ApiStatus.Status.STABLE) {
        continue;
      }
      b.append(signature(t)).append('\n');
      members(t).forEach(m -> b.append(m).append('\n'));
    }
    return b.toString();
  }

  @Test
  void theStableApiMatchesTheBaseline() throws Exception {
    String current = currentApi();
    if (Boolean.getBoolean("crisis.api.update")) {
      Files.createDirectories(BASELINE.getParent());
      Files.writeString(BASELINE, current, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(BASELINE), "no baseline: run with -Dcrisis.api.update=true");
    assertEquals(
        Files.readString(BASELINE, StandardCharsets.UTF_8),
        current,
        "the STABLE API changed; if intended, regenerate the baseline (see StableApiTest)");
  }

  @Test
  void coreStableTypesAreInTheBaseline() throws Exception {
    String current = currentApi();
    assertTrue(current.contains("enum io.github.crisispr.core.Severity"), current);
    assertTrue(current.contains("interface io.github.crisispr.core.SeverityClassifier"));
    assertFalse(current.contains(".internal."), "internal packages are never part of the API");
  }
}
