package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.generator.GeneratorDescriptor;
import org.maillage.generator.GeneratorOptions;
import org.maillage.generator.IGenerator;
import org.maillage.generator.internal.GenerationRunner;

/** One generator's fault or cancellation never leaves a file, and does not stop the next one. */
class GenerationRunnerHeadlessTest {

    @TempDir
    Path dir;

    private static GeneratorDescriptor descriptor(String id, IGenerator generator) {
        return new GeneratorDescriptor(id, l -> id, l -> id, List.of("txt"), "test", () -> generator);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void throwingCancelledAndHealthyGeneratorsInARow() throws Exception {
        GeneratorOptions options = new GeneratorOptions(List.of("txt"), Locale.FRENCH, Optional.empty());
        GenerationRunner runner = new GenerationRunner();

        var failed = runner.run(descriptor("boom", new FaultyGenerators.Throwing()), List.of(), options, dir, true,
                new NullProgressMonitor());
        assertFalse(failed.succeeded());
        assertEquals("disk on fire", failed.failure());

        NullProgressMonitor cancelled = new NullProgressMonitor();
        var stopped = runner.run(descriptor("slow", context -> {
            context.sink().writeText("partial.txt", "first half");
            cancelled.setCanceled(true);
        }), List.of(), options, dir, true, cancelled);
        assertTrue(stopped.cancelled());
        assertEquals(List.of(), stopped.written());

        var healthy = runner.run(descriptor("ok", context -> context.sink().writeText("ok.txt", "done")), List.of(),
                options, dir, true, new NullProgressMonitor());
        assertTrue(healthy.succeeded());
        assertEquals(List.of("ok.txt"), files(), "only the healthy generator's file, no staging folder left");
        assertEquals("done", Files.readString(dir.resolve("ok.txt")));
    }

    @Test
    void existingFilesAreReplacedOnlyWhenAsked() throws Exception {
        Files.writeString(dir.resolve("ok.txt"), "old");
        GeneratorOptions options = new GeneratorOptions(List.of("txt"), Locale.FRENCH, Optional.empty());
        var refused = new GenerationRunner().run(descriptor("ok", c -> c.sink().writeText("ok.txt", "new")),
                List.of(), options, dir, false, new NullProgressMonitor());
        assertFalse(refused.succeeded());
        assertEquals("old", Files.readString(dir.resolve("ok.txt")));
        assertEquals(List.of("ok.txt"), files());
    }

    @Test
    void aGeneratorThatNeverReturnsIsStoppedAfterTheBoundAndTheNextOneRuns() throws Exception {
        GeneratorOptions options = new GeneratorOptions(List.of("txt"), Locale.FRENCH, Optional.empty());
        GenerationRunner runner = new GenerationRunner(Duration.ofSeconds(1));
        var hung = runner.run(descriptor("hang", context -> {
            context.sink().writeText("hung.txt", "never committed");
            while (true) {
                try {
                    Thread.sleep(50);
                    context.sink().writeText("late.txt", "written after the bound");
                } catch (InterruptedException | java.io.IOException ignored) {
                    // a hostile plug-in ignores every request to stop
                }
            }
        }), List.of(), options, dir, true, new NullProgressMonitor());
        assertFalse(hung.succeeded());
        assertFalse(hung.cancelled(), "a time-out is a failure, not a user's cancel");
        assertTrue(hung.failure().contains("1 s"), hung.failure());

        var healthy = runner.run(descriptor("ok", context -> context.sink().writeText("ok.txt", "done")), List.of(),
                options, dir, true, new NullProgressMonitor());
        assertTrue(healthy.succeeded());
        Thread.sleep(300);
        assertEquals(List.of("ok.txt"), files(), "nothing of the abandoned generator, even later");
    }

    @Test
    void twoGenerationsIntoOneFolderAtTheSameTimeBothComplete() throws Exception {
        GeneratorOptions options = new GeneratorOptions(List.of("txt"), Locale.FRENCH, Optional.empty());
        CountDownLatch firstStaged = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> new GenerationRunner().run(descriptor("first", context -> {
            context.sink().writeText("first.txt", "one");
            firstStaged.countDown();
            assertTrue(secondDone.await(30, TimeUnit.SECONDS));
            context.sink().writeText("first-end.txt", "two");
        }), List.of(), options, dir, true, new NullProgressMonitor()));
        assertTrue(firstStaged.await(30, TimeUnit.SECONDS));

        var second = new GenerationRunner().run(descriptor("second", c -> c.sink().writeText("second.txt", "three")),
                List.of(), options, dir, true, new NullProgressMonitor());
        secondDone.countDown();
        assertTrue(second.succeeded(), second::failure);
        var firstResult = first.get(30, TimeUnit.SECONDS);
        assertTrue(firstResult.succeeded(), firstResult::failure);
        assertEquals(List.of("first-end.txt", "first.txt", "second.txt"), files(),
                "both runs' files, and no staging folder once both are over");
    }
}
