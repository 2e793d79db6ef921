package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.clustermeet.json.write.AtomicFiles;

/** Saving is atomic: the file holds the old or the new document, never a part, and no temporary file stays. */
class SaveTest {

    @TempDir
    Path dir;

    private final RegistryJson json = Fixtures.json();

    private List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> s = Files.list(directory)) {
            return s.toList();
        }
    }

    @Test
    void saveWritesTheCanonicalDocument() throws Exception {
        Path file = dir.resolve("registry.json");
        json.save(Fixtures.full(), file);
        assertThat(Files.readString(file)).isEqualTo(json.write(Fixtures.full()));
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @Test
    void saveReplacesAnExistingFile() throws Exception {
        Path file = dir.resolve("registry.json");
        json.save(Registry.empty(), file);
        json.save(Fixtures.full(), file);
        assertThat(json.read(file)).isEqualTo(Fixtures.full());
    }

    @Test
    void writeFailingHalfwayLeavesTheOldFileByteIdenticalAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("registry.json");
        json.save(Fixtures.full(), file);
        byte[] before = Files.readAllBytes(file);
        RegistryJson failing = json.withFileOps((temp, content) -> {
            java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
            content.writeTo(whole);
            Files.write(temp, Arrays.copyOf(whole.toByteArray(), whole.size() / 2));
            throw new IOException("No space left on device (simulated)");
        });
        IOException e = catchThrowableOfType(IOException.class, () -> failing.save(Brussels2019.registry(), file));
        assertThat(e).hasMessageContaining("No space left on device");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @Test
    void failedFirstSaveLeavesNoFileAtAll() throws Exception {
        Path file = dir.resolve("new.json");
        RegistryJson failing = json.withFileOps((temp, content) -> {
            throw new IOException("simulated");
        });
        catchThrowableOfType(IOException.class, () -> failing.save(Fixtures.full(), file));
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void fileSystemWithoutAtomicMovesIsAClearErrorAndNothingChanges() throws Exception {
        Path file = dir.resolve("registry.json");
        json.save(Fixtures.full(), file);
        byte[] before = Files.readAllBytes(file);
        RegistryJson noAtomicMove = json.withFileOps(new AtomicFiles.FileOps() {
            @Override
            public void write(Path temp, AtomicFiles.Content content) throws IOException {
                AtomicFiles.DEFAULT_OPS.write(temp, content);
            }

            @Override
            public void move(Path temp, Path target) throws IOException {
                throw new java.nio.file.AtomicMoveNotSupportedException(temp.toString(), target.toString(), "simulated");
            }
        });
        IOException e = catchThrowableOfType(IOException.class, () -> noAtomicMove.save(Brussels2019.registry(), file));
        assertThat(e).hasMessageContaining("does not support atomic moves").hasMessageContaining("left unchanged");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @Test
    void readOnlyDirectoryIsAClearErrorAndTheOldFileStays() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("locked"));
        Path file = sub.resolve("registry.json");
        json.save(Fixtures.full(), file);
        byte[] before = Files.readAllBytes(file);
        java.util.Set<java.nio.file.attribute.PosixFilePermission> readOnly =
                java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x");
        Files.setPosixFilePermissions(sub, readOnly);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(sub),
                    "this user (root?) can write into a read-only directory; the simulated test covers it");
            IOException e = catchThrowableOfType(IOException.class, () -> json.save(Brussels2019.registry(), file));
            assertThat(e).hasMessageContaining("not writable");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(filesIn(sub)).containsExactly(file);
        } finally {
            Files.setPosixFilePermissions(sub, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void permissionDeniedWhileWritingIsAClearErrorSimulated() throws Exception {
        Path file = dir.resolve("registry.json");
        json.save(Fixtures.full(), file);
        byte[] before = Files.readAllBytes(file);
        RegistryJson denied = json.withFileOps((temp, content) -> {
            throw new java.nio.file.AccessDeniedException(temp.toString(), null, "simulated read-only file system");
        });
        IOException e = catchThrowableOfType(IOException.class, () -> denied.save(Brussels2019.registry(), file));
        assertThat(e).hasMessageContaining("read-only file system");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @Test
    void readerSeesTheOldOrTheNewRegistryWhileAnotherThreadSaves() throws Exception {
        Path file = dir.resolve("registry.json");
        Registry a = Fixtures.full();
        Registry b = Brussels2019.registry();
        json.save(a, file);
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> writer = pool.submit(() -> {
            for (int i = 0; i < 60; i++) {
                json.save(i % 2 == 0 ? b : a, file);
            }
            done.set(true);
            return null;
        });
        int reads = 0;
        while (!done.get() || reads == 0) {
            Registry seen = json.read(file);
            assertThat(seen).isIn(a, b);
            reads++;
        }
        writer.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(reads).isPositive();
    }

    @Test
    void missingParentDirectoryIsAClearError() {
        Path file = dir.resolve("missing").resolve("registry.json");
        IOException e = catchThrowableOfType(IOException.class, () -> json.save(Fixtures.full(), file));
        assertThat(e).hasMessageContaining("the directory does not exist");
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void pathThatIsADirectoryIsAClearError() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        IOException e = catchThrowableOfType(IOException.class, () -> json.save(Fixtures.full(), sub));
        assertThat(e).hasMessageContaining("it is a directory");
        assertThat(filesIn(dir)).containsExactly(sub);
    }

    @Test
    void concurrentSavesLeaveOneWholeDocument() throws Exception {
        Path file = dir.resolve("registry.json");
        List<Registry> inputs = List.of(Fixtures.full(), Brussels2019.registry(), Registry.empty());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Registry input = inputs.get(t % inputs.size());
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 5; i++) {
                    json.save(input, file);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(inputs).contains(json.read(file));
        assertThat(filesIn(dir)).containsExactly(file);
    }
}
