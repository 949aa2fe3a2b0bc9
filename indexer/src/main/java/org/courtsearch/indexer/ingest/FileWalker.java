package org.courtsearch.indexer.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The files a run looks at: every regular file under the roots, in path order, except hidden
 * files and folders (a corpus's {@code .ground-truth.jsonl}, a tool's {@code .work}) and the
 * files named in {@code exclude} (e.g. the run's own sidecar).
 */
final class FileWalker {
  private FileWalker() {}

  /** @param unreadable told of each file or folder that cannot be read: path, reason */
  static List<Path> walk(List<Path> roots, Set<Path> exclude, BiConsumer<String, String> unreadable) {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      Path start = root.toAbsolutePath().normalize();
      try {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            return name.startsWith(".") && !dir.equals(start) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")
                && !exclude.contains(file.toAbsolutePath().normalize())) {
              out.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            unreadable.accept(file.toString(), "cannot read: " + e.getMessage());
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException("cannot walk " + root, e);
      }
    }
    Collections.sort(out);
    return out;
  }
}
