package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.xtext.formatting2.IMerger;
import org.eclipse.xtext.formatting2.internal.ArrayListTextSegmentSet;
import org.eclipse.xtext.formatting2.internal.TextSegmentSet;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.formatting2.regionaccess.internal.TextSegment;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.formatting2.internal.SortedTextSegmentSet;

import com.google.common.base.Function;
import com.google.common.collect.Lists;

/**
 * The formatter's set of replacers ({@link SortedTextSegmentSet}) keeps them as Xtext's array list does
 * (order, conflicts, merges, iteration after a segment, in reverse), and reads each one's region a bounded
 * number of times however large the set: Xtext's set read two regions from the node model at every step of
 * a binary search, a cost that grew with the file (three quarters of formatting a 47,000-line file).
 */
class SortedTextSegmentSetHeadlessTest {

    /** Merges segments of the same start into the longest, refuses (null) otherwise: both paths taken. */
    private static final IMerger<ITextSegment> MERGER = conflicting -> {
        ITextSegment first = conflicting.get(0);
        return conflicting.stream().allMatch(s -> s.getOffset() == first.getOffset())
                ? conflicting.stream().max((a, b) -> a.getLength() - b.getLength()).get()
                : null;
    };

    @Test
    void keepsSegmentsAsXtextsArrayListSet() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            TextSegmentSet<ITextSegment> expected = new ArrayListTextSegmentSet<>(s -> s, s -> "s", false);
            TextSegmentSet<ITextSegment> actual = new SortedTextSegmentSet<>(s -> s, s -> "s", false);
            List<ITextSegment> added = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ITextSegment segment = new TextSegment(null, random.nextInt(200), random.nextInt(4));
                added.add(segment);
                assertEquals(outcome(() -> expected.add(segment, MERGER)), outcome(() -> actual.add(segment, MERGER)));
            }
            assertEquals(regions(expected.iterator()), regions(actual.iterator()));
            assertEquals(regions(expected.reverseIterable().iterator()), regions(actual.reverseIterable().iterator()));
            for (ITextSegment segment : added) {
                assertEquals(regions(expected.iteratorAfter(segment)), regions(actual.iteratorAfter(segment)));
                assertEquals(String.valueOf(expected.get(segment)), String.valueOf(actual.get(segment)));
            }
        }
    }

    @Test
    void readsEachRegionABoundedNumberOfTimesWhateverTheSize() throws Exception {
        for (int size : new int[] { 1_000, 16_000 }) {
            AtomicLong reads = new AtomicLong();
            Function<ITextSegment, ITextSegment> region = segment -> {
                reads.incrementAndGet();
                return segment;
            };
            TextSegmentSet<ITextSegment> set = new SortedTextSegmentSet<>(region, s -> "s", false);
            List<Integer> offsets = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                offsets.add(i * 10);
            }
            java.util.Collections.shuffle(offsets, new Random(size));
            for (int offset : offsets) {
                set.add(new TextSegment(null, offset, 2), MERGER);
            }
            assertEquals(size, Lists.newArrayList(set.iterator()).size());
            assertTrue(reads.get() <= 6L * size, size + " segments, " + reads.get() + " region reads");
        }
    }

    private static List<String> regions(Iterator<ITextSegment> segments) {
        List<String> regions = new ArrayList<>();
        segments.forEachRemaining(s -> regions.add(s.getOffset() + "+" + s.getLength()));
        return regions;
    }

    private interface Action {
        void run() throws Exception;
    }

    private static String outcome(Action action) {
        try {
            action.run();
            return "ok";
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }
}
