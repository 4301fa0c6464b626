package dev.factdiff.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The files a command writes, so that nothing is lost: every output is checked and opened before any is written,
 * a regular file is written whole or not at all (a temporary file beside it, renamed over it, created with the
 * permissions the umask gives), and a special file (a pipe, a device such as {@code /dev/stdout}, a symbolic
 * link) is written in place rather than replaced by a regular file.
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * Refuses, before any work, an output that cannot be: a missing directory, a directory, an existing regular file
   * that is one of the {@code inputs} (checking an article must never overwrite it), or the same file as an
   * output named before it in {@code others}.
   */
  static void requireUsable(Path file, String option, List<Path> inputs, List<Path> others) {
    Path directory = file.toAbsolutePath().getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new UsageException(option + " " + file + ": no such directory " + directory);
    }
    if (Files.isDirectory(file)) {
      throw new UsageException(option + " " + file + ": is a directory");
    }
    if (Files.isRegularFile(file)) {
      for (Path input : inputs) {
        if (sameFile(file, input)) {
          throw new UsageException(option + " " + file + ": is the input " + input + "; it would be overwritten");
        }
      }
    }
    for (Path other : others) {
      if (other.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()) || sameFile(file, other)) {
        throw new UsageException(option + " " + file + ": is also the file of another option");
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes one file whole or not at all (see {@link #prepare}). */
  static void writeAtomically(Path file, String content) throws IOException {
    Pending pending = prepare(file);
    try {
      pending.write(content);
      pending.commit();
    } finally {
      pending.discard();
    }
  }

  /**
   * Opens {@code file} to be written: a temporary file beside a regular (or missing) file, the file itself when it
   * is special. Nothing of the file is changed until {@link Pending#write} (special file) or
   * {@link Pending#commit} (regular file).
   */
  static Pending prepare(Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path directory = target.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new IOException("no such directory: " + directory);
    }
    boolean special = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS);
    if (special) {
      if (Files.isDirectory(target)) {
        throw new IOException("is a directory");
      }
      if (!Files.isWritable(target)) {
        throw new java.nio.file.AccessDeniedException(target.toString());
      }
      return new Pending(target, null);
    }
    Path temporary = null;
    for (int attempt = 0; temporary == null; attempt++) {
      Path candidate = directory.resolve(
          "." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        // Not Files.createTempFile: it makes the file 0600 whatever the umask, and the rename would keep that.
        Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        temporary = candidate;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 8) {
          throw e;
        }
      }
    }
    return new Pending(target, temporary);
  }

  /** Prepares every file or none: when one cannot be opened, those opened before it are discarded. */
  static List<Pending> prepareAll(List<Path> files, List<String> names) {
    List<Pending> prepared = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      try {
        prepared.add(prepare(files.get(i)));
      } catch (IOException | RuntimeException e) {
        prepared.forEach(Pending::discard);
        throw new UsageException(
            files.get(i) + ": cannot write the " + names.get(i) + " (" + describe(e) + "); nothing was written", e);
      }
    }
    return prepared;
  }

  static String describe(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException missing) {
      // The directory exists (checked first), yet no file can be made in it: /proc, /sys and the like.
      Path directory = missing.getFile() == null ? null : Path.of(missing.getFile()).toAbsolutePath().getParent();
      return directory == null ? "cannot be created there" : "the directory " + directory + " takes no new files";
    }
    return message.lines().findFirst().orElse("").strip();
  }

  /** One output, opened: write it, then commit it; discard whatever was not committed. */
  static final class Pending {
    private final Path target;
    private final Path temporary;
    private boolean committed;

    private Pending(Path target, Path temporary) {
      this.target = target;
      this.temporary = temporary;
    }

    Path target() {
      return target;
    }

    /** Writes the content: into the temporary file, or into the special file itself. */
    void write(String content) throws IOException {
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      if (temporary != null) {
        Files.write(temporary, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        return;
      }
      // A link to a regular file is emptied first; a device or a pipe cannot be, and need not be.
      OutputStream out = Files.isRegularFile(target)
          ? Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)
          : Files.newOutputStream(target, StandardOpenOption.WRITE);
      try (out) {
        out.write(bytes);
        out.flush();
      }
    }

    /** Puts the written temporary file in place of the target (nothing to do for a special file). */
    void commit() throws IOException {
      if (temporary != null) {
        try {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      committed = true;
    }

    /** Removes the temporary file unless committed; never throws. */
    void discard() {
      try {
        if (temporary != null && !committed) {
          Files.deleteIfExists(temporary);
        }
      } catch (IOException e) {
        // Best effort: the error that made us discard is the one to report.
      }
    }
  }
}
