package io.github.crisispr.core;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A minimal reader of compiled class files (JVMS chapter 4) for the architecture tests: the classes
 * a class file refers to (its constant pool's class entries and the class names in its descriptors
 * and signatures), and the classes its bytecode tests with {@code instanceof} (casts are left out:
 * the compiler adds them for generics).
 */
public final class ClassFiles {
  /** The compiled main classes of crisis-core, as the build lays them out. */
  public static final Path MAIN = Path.of("target", "classes");

  /** What one class file says. */
  public record ClassFile(String name, Set<String> references, Set<String> typeTests) {
    /**
     * The package of this class, dotted.
     *
     * @return the package name
     */
    public String packageName() {
      int i = name.lastIndexOf('.');
      return i < 0 ? "" : name.substring(0, i);
    }
  }

  private ClassFiles() {}

  /**
   * Every class file under a directory, but {@code module-info} and {@code package-info}.
   *
   * @param root the directory
   * @return the parsed class files
   */
  public static List<ClassFile> under(Path root) {
    List<ClassFile> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String f = p.getFileName().toString();
        if (f.endsWith(".class")
            && !f.equals("module-info.class")
            && !f.equals("package-info.class")) {
          try (InputStream in = Files.newInputStream(p)) {
            out.add(read(in));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Parses one class file.
   *
   * @param raw the class file bytes
   * @return what it refers to
   * @throws IOException if the bytes are not a class file
   */
  public static ClassFile read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(raw);
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int n = in.readUnsignedShort();
    int[] tags = new int[n];
    String[] utf8 = new String[n];
    int[] classNameIndex = new int[n];
    for (int i = 1; i < n; i++) {
      int tag = in.readUnsignedByte();
      tags[i] = tag;
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7 -> classNameIndex[i] = in.readUnsignedShort();
        case 8, 16, 19, 20 -> in.readUnsignedShort();
        case 3, 4 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    in.readUnsignedShort();
    String self = dotted(utf8[classNameIndex[in.readUnsignedShort()]]);
    Set<String> refs = new TreeSet<>();
    for (int i = 1; i < n; i++) {
      if (tags[i] == 7) {
        String c = utf8[classNameIndex[i]];
        if (c.startsWith("[")) {
          addDescriptorClasses(c, refs);
        } else {
          refs.add(dotted(c));
        }
      } else if (tags[i] == 1 && utf8[i].indexOf('L') >= 0 && utf8[i].indexOf(';') > 0) {
        // descriptors and generic signatures name classes as Lpkg/Name;
        addDescriptorClasses(utf8[i], refs);
      }
    }
    refs.remove(self);
    Set<String> typeTests = new TreeSet<>();
    in.readUnsignedShort();
    in.skipBytes(2 * in.readUnsignedShort());
    for (int kind = 0; kind < 2; kind++) {
      int members = in.readUnsignedShort();
      for (int m = 0; m < members; m++) {
        in.skipBytes(6);
        readAttributes(in, utf8, tags, classNameIndex, typeTests);
      }
    }
    readAttributes(in, utf8, tags, classNameIndex, typeTests);
    return new ClassFile(self, refs, typeTests);
  }

  private static void readAttributes(
      DataInputStream in, String[] utf8, int[] tags, int[] classNameIndex, Set<String> typeTests)
      throws IOException {
    int count = in.readUnsignedShort();
    for (int a = 0; a < count; a++) {
      String name = utf8[in.readUnsignedShort()];
      int length = in.readInt();
      byte[] body = in.readNBytes(length);
      if ("Code".equals(name)) {
        int codeLength =
            ((body[4] & 0xFF) << 24)
                | ((body[5] & 0xFF) << 16)
                | ((body[6] & 0xFF) << 8)
                | (body[7] & 0xFF);
        scanCode(body, 8, codeLength, utf8, tags, classNameIndex, typeTests);
      }
    }
  }

  /** Walks the instructions of one method and collects the classes of instanceof. */
  private static void scanCode(
      byte[] b,
      int start,
      int length,
      String[] utf8,
      int[] tags,
      int[] classNameIndex,
      Set<String> typeTests) {
    int pc = 0;
    while (pc < length) {
      int op = b[start + pc] & 0xFF;
      if (op == 0xC1) {
        int idx = ((b[start + pc + 1] & 0xFF) << 8) | (b[start + pc + 2] & 0xFF);
        if (tags[idx] == 7) {
          typeTests.add(dotted(utf8[classNameIndex[idx]]));
        }
      }
      pc += instructionLength(b, start, pc, op);
    }
  }

  private static int instructionLength(byte[] b, int start, int pc, int op) {
    if (op == 0xAA || op == 0xAB) {
      int p = pc + 1;
      p += (4 - (p % 4)) % 4;
      if (op == 0xAA) {
        int low = int32(b, start + p + 4);
        int high = int32(b, start + p + 8);
        return p + 12 + 4 * (high - low + 1) - pc;
      }
      int pairs = int32(b, start + p + 4);
      return p + 8 + 8 * pairs - pc;
    }
    if (op == 0xC4) {
      return (b[start + pc + 1] & 0xFF) == 0x84 ? 6 : 4;
    }
    if (op == 0x10
        || op == 0x12
        || (op >= 0x15 && op <= 0x19)
        || (op >= 0x36 && op <= 0x3A)
        || op == 0xA9
        || op == 0xBC) {
      return 2;
    }
    if (op == 0x11
        || op == 0x13
        || op == 0x14
        || op == 0x84
        || (op >= 0x99 && op <= 0xA8)
        || (op >= 0xB2 && op <= 0xB8)
        || op == 0xBB
        || op == 0xBD
        || op == 0xC0
        || op == 0xC1
        || op == 0xC6
        || op == 0xC7) {
      return 3;
    }
    if (op == 0xC5) {
      return 4;
    }
    if (op == 0xB9 || op == 0xBA || op == 0xC8 || op == 0xC9) {
      return 5;
    }
    return 1;
  }

  private static int int32(byte[] b, int i) {
    return ((b[i] & 0xFF) << 24)
        | ((b[i + 1] & 0xFF) << 16)
        | ((b[i + 2] & 0xFF) << 8)
        | (b[i + 3] & 0xFF);
  }

  private static void addDescriptorClasses(String descriptor, Set<String> into) {
    int i = 0;
    while ((i = descriptor.indexOf('L', i)) >= 0) {
      int end = descriptor.indexOf(';', i);
      int generic = descriptor.indexOf('<', i);
      if (end < 0) {
        return;
      }
      if (generic >= 0 && generic < end) {
        end = generic;
      }
      String c = descriptor.substring(i + 1, end);
      if (c.indexOf('/') > 0 && c.chars().noneMatch(ch -> ch == ' ' || ch == '(' || ch == ')')) {
        into.add(dotted(c));
      }
      i = end;
    }
  }

  private static String dotted(String internal) {
    return internal.replace('/', '.');
  }
}
