package dev.policygraph.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of the extractor in one JVM, each in its own class loader, run on the seed's clean copy in alternating
 * CPU-time rounds: on a shared machine whose speed swings from minute to minute, the ratio of the two is steadier
 * than single runs of {@link ExtractionBenchmark}. Not a test. Give it two {@code classes} folders, e.g. a worktree
 * of the start commit's (built) and this one's: {@code ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=dev.policygraph.bench.SideBySideBenchmark -Dexec.args="/tmp/start/target/classes target/classes 30"}.
 */
public final class SideBySideBenchmark {

    private static final int PER_ROUND = 300;
    private static volatile Object sink;

    private record Build(Object extractor, Method extract, Object input) {

        Object run() throws ReflectiveOperationException {
            return extract.invoke(extractor, input);
        }
    }

    public static void main(String[] args) throws Exception {
        String raw;
        try (InputStream in = SideBySideBenchmark.class.getResourceAsStream("/corpus/2020-07-16_spb-half-year-meeting.txt")) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Build[] builds = {build(Path.of(args[0]), raw), build(Path.of(args[1]), raw)};
        for (Build b : builds) {
            long end = System.nanoTime() + 4_000_000_000L;
            while (System.nanoTime() < end) {
                sink = b.run();
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[][] rate = new double[2][rounds];
        for (int k = 0; k < rounds; k++) {
            for (int j = 0; j < 2; j++) {
                int which = k % 2 == 0 ? j : 1 - j; // who goes first alternates
                long cpu = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < PER_ROUND; i++) {
                    sink = builds[which].run();
                }
                rate[which][k] = PER_ROUND * 1e9 / (mx.getCurrentThreadCpuTime() - cpu);
            }
        }
        double[] ratio = new double[rounds];
        for (int k = 0; k < rounds; k++) {
            ratio[k] = rate[1][k] / rate[0][k];
        }
        Arrays.sort(rate[0]);
        Arrays.sort(rate[1]);
        Arrays.sort(ratio);
        System.out.printf("first: median %.0f, best %.0f articles/s per CPU second%n", rate[0][rounds / 2], rate[0][rounds - 1]);
        System.out.printf("second: median %.0f, best %.0f articles/s per CPU second%n", rate[1][rounds / 2], rate[1][rounds - 1]);
        System.out.printf("second/first: median %.3f (quartiles %.3f-%.3f) over %d rounds%n", ratio[rounds / 2],
                ratio[rounds / 4], ratio[3 * rounds / 4], rounds);
    }

    /** The extractor of one {@code classes} folder, with the libraries of this classpath, on the seed's clean text. */
    private static Build build(Path classes, String raw) throws ReflectiveOperationException, IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        if (SideBySideBenchmark.class.getClassLoader() instanceof URLClassLoader own) { // exec:java
            Arrays.stream(own.getURLs()).filter(u -> u.getPath().endsWith(".jar")).forEach(urls::add);
        } else { // java -cp
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (entry.endsWith(".jar")) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> extractorClass = loader.loadClass("dev.policygraph.ingest.ArticleExtractor");
        Class<?> inputClass = loader.loadClass("dev.policygraph.ingest.ArticleInput");
        Method extract = extractorClass.getMethod("extract", inputClass);
        var newInput = inputClass.getConstructors()[0];
        Object graph = extract.invoke(extractorClass.getConstructor().newInstance(), newInput.newInstance(raw, null, null));
        String clean = (String) graph.getClass().getMethod("cleanText").invoke(graph);
        Object plain = extractorClass.getConstructor(int.class, boolean.class).newInstance(1 << 20, false);
        return new Build(plain, extract, newInput.newInstance(clean, null, null));
    }
}
