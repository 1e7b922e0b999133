import com.airesume.resumes.control.JsonResumeReader;
import com.airesume.resumes.control.PdfRenderer;
import com.airesume.resumes.control.ResumeDocument;
import com.airesume.resumes.control.ResumeStylesheet;
import com.airesume.resumes.entity.JsonResume;
import com.airesume.resumes.entity.Paper;
import com.airesume.resumes.entity.ResumeDesign;
import com.airesume.resumes.entity.SectionLayout;
import com.airesume.resumes.entity.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;

/**
 * PDF export as the app does it (document, stylesheet, render), in-process and warm, for a two-page resume in
 * every template: latency of one export at a time (median, p99, max), then exports per second with one thread
 * per core. Run by bench/pdf.
 */
public class PdfBench {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        JsonResume resume = twoPages(JsonResumeReader.read(Files.readString(Path.of(
                "src/test/resources/resumes/zoe.json"))));
        ResourceBundle texts = ResourceBundle.getBundle("com.airesume.i18n.Messages", Locale.ENGLISH);
        long start = System.nanoTime();
        PdfRenderer renderer = new PdfRenderer();
        System.out.printf("renderer ready (fonts loaded) in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("%-9s %5s %6s %8s %8s %8s %10s%n", "template", "pages", "KiB", "median", "p99", "max",
                "PDFs/s(" + cores + ")");
        for (Template template : Template.values()) {
            ResumeDesign design = new ResumeDesign(template, "#1f4e79", 10, Paper.A4);
            Export export = () -> renderer.render(ResumeDocument.xhtml(resume, design, SectionLayout.DEFAULT, texts,
                    "style.css", null), ResumeStylesheet.css(design), "Resume", resume.basics().name());
            byte[] pdf = export.run();
            int pages;
            try (var document = Loader.loadPDF(pdf)) {
                pages = document.getNumberOfPages();
            }
            for (int i = 0; i < 30; i++) {
                export.run();
            }
            long[] times = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                export.run();
                times[i] = System.nanoTime() - t;
            }
            Arrays.sort(times);
            double perSecond = throughput(export, cores, seconds);
            System.out.printf("%-9s %5d %6d %6.1fms %6.1fms %6.1fms %10.1f%n", template.key(), pages,
                    pdf.length / 1024, times[runs / 2] / 1e6, times[(int) Math.ceil(runs * 0.99) - 1] / 1e6,
                    times[runs - 1] / 1e6, perSecond);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap in use after the runs: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    interface Export {
        byte[] run() throws Exception;
    }

    private static double throughput(Export export, int threads, int seconds) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            pool.execute(() -> {
                while (running.get()) {
                    try {
                        export.run();
                        done.incrementAndGet();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        long count = done.get();
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        return count / elapsed;
    }

    /** The sample resume with its jobs listed twice, which takes every template onto a second page. */
    private static JsonResume twoPages(JsonResume r) {
        List<JsonResume.Work> work = new ArrayList<>(r.work());
        work.addAll(r.work());
        return new JsonResume(r.basics(), work, r.volunteer(), r.education(), r.awards(), r.certificates(),
                r.publications(), r.skills(), r.languages(), r.interests(), r.references(), r.projects(), r.meta());
    }
}
