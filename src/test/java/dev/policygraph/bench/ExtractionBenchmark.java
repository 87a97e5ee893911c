package dev.policygraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.hankcs.hanlp.HanLP;

import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;

/**
 * Single-thread throughput on the seed article: full extraction with repair (mojibake, pinyin) on the raw text,
 * extraction without repair on an already clean copy, and a baseline measured in the same run (HanLP
 * traditional→simplified conversion of the same clean text). Not a test: run with
 * {@code ./mvnw -q -o test-compile exec:java -Dexec.mainClass=dev.policygraph.bench.ExtractionBenchmark}.
 */
public final class ExtractionBenchmark {

    private static final long WARMUP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;
    private static volatile Object sink;

    public static void main(String[] args) throws IOException {
        String raw;
        try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/corpus/2020-07-16_spb-half-year-meeting.txt")) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ArticleExtractor repairing = new ArticleExtractor();
        ArticleExtractor plain = new ArticleExtractor(1 << 20, false);
        String clean = repairing.extract(new ArticleInput(raw, null, null)).cleanText();
        ArticleInput rawInput = new ArticleInput(raw, null, null);
        ArticleInput cleanInput = new ArticleInput(clean, null, null);

        double baseline = rate("baseline: HanLP t2s of the clean text", () -> HanLP.convertToSimplifiedChinese(clean));
        double withRepair = rate("extract with repair (raw seed)", () -> repairing.extract(rawInput));
        double withoutRepair = rate("extract without repair (clean copy)", () -> plain.extract(cleanInput));
        ArticleGraph check = plain.extract(cleanInput);
        System.out.printf("chars: raw %d, clean %d; meetings found on clean copy: %d%n", raw.length(), clean.length(),
                check.meetings().size());
        System.out.println("(ratios and target use per-CPU-second rates)");
        System.out.printf("ratio to baseline: with repair %.3f, without repair %.3f; repair costs %.1fx%n",
                withRepair / baseline, withoutRepair / baseline, withoutRepair / withRepair);
        System.out.printf("target >= 1000 articles/s without repair: %s%n", withoutRepair >= 1000 ? "met" : "NOT met");
    }

    private static double rate(String label, Supplier<Object> work) {
        long end = System.nanoTime() + WARMUP_NANOS;
        while (System.nanoTime() < end) {
            sink = work.get();
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = mx.getCurrentThreadCpuTime();
        long n = 0;
        long start = System.nanoTime();
        end = start + MEASURE_NANOS;
        long now;
        do {
            sink = work.get();
            n++;
            now = System.nanoTime();
        } while (now < end);
        double perSecond = n * 1e9 / (now - start);
        double perCpuSecond = n * 1e9 / Math.max(1, mx.getCurrentThreadCpuTime() - cpuStart);
        // on a shared machine wall time includes waiting for a core; CPU time is what the work costs
        System.out.printf("%-40s %10.1f articles/s wall, %10.1f per CPU second (%d runs)%n", label, perSecond,
                perCpuSecond, n);
        return perCpuSecond;
    }
}
