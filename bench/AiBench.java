import com.airesume.ai.control.AiRequest;
import com.airesume.ai.control.BuiltInEngine;
import com.airesume.ai.control.Prompts.Tone;
import com.airesume.resumes.control.JsonResumeReader;
import com.airesume.resumes.entity.JsonResume;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The built-in engine's latency per action, in-process, as a worker of the app runs it: the first call (which
 * loads word lists and the dictionary), then median, p99 and max over warm runs on the sample resume's lines and
 * the checked-in job posting. Run by bench/ai.
 */
public class AiBench {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        JsonResume resume = JsonResumeReader.read(Files.readString(Path.of("src/test/resources/resumes/zoe.json")));
        String posting = Files.readString(Path.of("src/test/resources/ai/backend-posting.txt"));
        List<String> lines = resume.work().stream().flatMap(w -> w.highlights().stream()).toList();
        String summary = resume.basics().summary();
        JsonResume.Work job = resume.work().get(0);
        LocalDate today = LocalDate.of(2026, 11, 24);

        Map<String, Supplier<AiRequest>> actions = new LinkedHashMap<>();
        int[] next = {0};
        actions.put("improve (a highlight)", () -> new AiRequest.Improve(lines.get(next[0]++ % lines.size())));
        actions.put("fix spelling+grammar", () -> new AiRequest.FixGrammar(misspell(lines.get(next[0]++
                % lines.size()))));
        for (Tone tone : Tone.values()) {
            actions.put("tone " + tone.name().toLowerCase(), () -> new AiRequest.ChangeTone(summary, tone));
        }
        actions.put("write summary", () -> new AiRequest.WriteSummary(resume));
        actions.put("suggest bullets", () -> new AiRequest.SuggestBullets(job.position(), job.name(),
                job.highlights(), resume));
        actions.put("tailor (posting)", () -> new AiRequest.Tailor(resume, posting));

        System.out.printf("%-22s %10s %10s %10s %10s%n", "action", "first", "median", "p99", "max");
        for (Map.Entry<String, Supplier<AiRequest>> action : actions.entrySet()) {
            long first = System.nanoTime();
            BuiltInEngine.answer(action.getValue().get(), today);
            first = System.nanoTime() - first;
            for (int i = 0; i < runs / 4; i++) {
                BuiltInEngine.answer(action.getValue().get(), today);
            }
            long[] times = new long[runs];
            for (int i = 0; i < runs; i++) {
                AiRequest request = action.getValue().get();
                long t = System.nanoTime();
                BuiltInEngine.answer(request, today);
                times[i] = System.nanoTime() - t;
            }
            Arrays.sort(times);
            System.out.printf("%-22s %8.2f ms %7.3f ms %7.3f ms %7.3f ms%n", action.getKey(), first / 1e6,
                    times[runs / 2] / 1e6, times[(int) (runs * 0.99)] / 1e6, times[runs - 1] / 1e6);
        }
        System.out.printf("heap in use: %d MiB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    /** The line with two letters of its longest word swapped, as a typing slip makes them. */
    private static String misspell(String line) {
        String longest = Arrays.stream(line.split("\\W+")).filter(w -> w.chars().allMatch(Character::isLetter))
                .reduce("", (a, b) -> b.length() > a.length() ? b : a);
        if (longest.length() < 4) {
            return line;
        }
        char[] letters = longest.toCharArray();
        char swap = letters[1];
        letters[1] = letters[2];
        letters[2] = swap;
        return line.replace(longest, new String(letters));
    }
}
