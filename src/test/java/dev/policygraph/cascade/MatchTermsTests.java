package dev.policygraph.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.policygraph.bench.SyntheticCorpus;
import dev.policygraph.cascade.MeetingMatcher.Description;
import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.script.Keys;

/**
 * The blocking queries leave the commonest grams out, which must never lose a match: for every meeting and reference
 * of a synthetic corpus (plus spun and contained names) that {@link MeetingMatcher} links at the threshold, the other
 * side's indexed terms hold one of the query's name terms, even when the grams the two share are counted as the
 * commonest of all (the worst case for the bound). No database.
 */
class MatchTermsTests {

    static final List<Description> meetings = new ArrayList<>();
    static final List<Description> references = new ArrayList<>();

    @BeforeAll
    static void extract() {
        var extractor = new ArticleExtractor();
        for (var a : new SyntheticCorpus(23).generate(300)) {
            var graph = extractor.extract(new ArticleInput(a.text(), a.sourceUrl(), a.publishedAt()));
            for (var m : graph.meetings()) {
                meetings.add(new Description(m.key(), m.name(), m.date() == null ? null : m.date().getYear(),
                        m.convenedBy() == null ? null : m.convenedBy().key(), null));
                for (var r : m.relays()) {
                    references.add(new Description(r.key(), r.meetingName(), r.year(),
                            r.convenedBy() == null ? null : r.convenedBy().key(), null));
                }
            }
        }
        // Names the corpus does not spin: synonyms, a contained name each way, repeated grams.
        for (String name : List.of("2020年全国邮政管理半年工作电视电话会议", "上半年全國郵政管理工作TV電話會議",
                "邮政管理半年工作会议", "全国邮政管理半年工作电视电话会议暨安全生产工作会议", "工作工作工作推进会议",
                "工作工作推进会", "快递进村工程推进会议", "全国快递进村工程推进视频会议")) {
            meetings.add(meeting(2020, null, name));
            references.add(meeting(2020, null, name));
        }
    }

    private static Description meeting(Integer year, String convener, String name) {
        return new Description(Keys.meetingKey(year, convener, name, null), name, year, convener, null);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.6, 0.75, 0.9})
    void everyMatchHoldsAQueriedNameTermWhateverTheGramCounts(double threshold) {
        assertThat(meetings).hasSizeGreaterThan(300);
        assertThat(references).hasSizeGreaterThan(200);
        int checked = 0;
        var lost = new ArrayList<String>();
        for (Description ref : references) {
            for (Description meeting : meetings) {
                var m = MeetingMatcher.match(ref, meeting, Level.UNKNOWN);
                if (m.isEmpty() || m.get().confidence() < threshold || "exact".equals(m.get().matchedBy())) {
                    continue;
                }
                checked++;
                if (!found(ref, MatchTerms.ofMeeting(meeting), threshold)) {
                    lost.add(ref.name() + " → meeting " + meeting.name());
                }
                if (!found(meeting, MatchTerms.ofReference(ref), threshold)) {
                    lost.add(meeting.name() + " → reference " + ref.name());
                }
            }
        }
        assertThat(checked).as("fuzzy matches to check").isGreaterThan(50);
        assertThat(lost).isEmpty();
    }

    @Test
    void aLongNameAsksForFewerGramsThanItHas() {
        var seed = meeting(2020, "国家邮政局", "2020年全国邮政管理半年工作电视电话会议");
        int grams = MatchTerms.grams(seed).size();
        ToIntFunction<String> none = g -> 0;
        long asked = MatchTerms.nameTerms(seed, 0.6, none).stream().filter(t -> t.startsWith("g")).count();
        assertThat(asked).isLessThan(grams).isGreaterThan(0);
        // and the grams left out are the common ones
        ToIntFunction<String> commonPostal = g -> g.equals("邮政") || g.equals("管理") ? 100 : 0;
        assertThat(MatchTerms.nameTerms(seed, 0.6, commonPostal)).doesNotContain("g邮政", "g管理");
    }

    /** Whether the query side's name terms, with the shared grams counted commonest, reach the indexed line. */
    private static boolean found(Description query, String indexed, double threshold) {
        Set<String> terms = new HashSet<>(Arrays.asList(indexed.split(" ")));
        ToIntFunction<String> sharedFirst = g -> terms.contains("g" + g) ? 1 : 0;
        return MatchTerms.nameTerms(query, threshold, sharedFirst).stream().anyMatch(terms::contains);
    }
}
