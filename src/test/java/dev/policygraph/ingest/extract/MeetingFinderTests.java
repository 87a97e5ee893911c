package dev.policygraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.ArticleExtractor;
import dev.policygraph.ingest.ArticleGraph;
import dev.policygraph.ingest.ArticleInput;
import dev.policygraph.ingest.MeetingItem;

/** Meetings as {@link MeetingFinder} names, dates and convenes them, on short texts of forms seen in real reports. */
class MeetingFinderTests {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-10-23T00:00:00+08:00");

    private List<MeetingItem> meetings(String text) {
        return extractor.extract(new ArticleInput(text, null, PUBLISHED)).meetings();
    }

    private static String convener(MeetingItem m) {
        return m.convenedBy() == null ? null : m.convenedBy().name();
    }

    @Test
    void aStandingCommitteesSessionIsOneMeetingOfItsPartyCommittee() {
        List<String[]> cases = List.of(
                new String[] {"区委常委会召开第138次(扩大)会议\n10月22日,区委常委会召开第138次(扩大)会议,传达学习省委十二届七次全会精神。"
                        + "区委书记张建国主持会议并讲话。", "区委常委会第138次(扩大)会议", "区委"},
                new String[] {"10月22日,区委常委会召开会议,传达学习省委全会精神。区委书记张建国主持会议。", "区委常委会会议", "区委"},
                new String[] {"10月22日,市委常委会召开第九次扩大会议,传达学习全国两会精神。", "市委常委会第九次扩大会议", "市委"},
                new String[] {"10月22日上午,七届县委常委会召开第51次(扩大)会议,研究部署冬季安全生产工作。",
                        "七届县委常委会第51次(扩大)会议", "县委"});
        for (String[] c : cases) {
            List<MeetingItem> all = meetings(c[0]);
            assertEquals(1, all.size(), all.toString());
            assertEquals(c[1], all.get(0).name(), c[0]);
            assertEquals(c[2], convener(all.get(0)), c[0]);
            assertEquals(LocalDate.of(2024, 10, 22), all.get(0).date(), c[0]);
        }
    }

    @Test
    void otherBodiesWhoseSessionsLookAlikeKeepTheirOwnNames() {
        MeetingItem npc = meetings("10月22日,县人大常委会召开第十二次会议,审议有关报告。").get(0);
        assertEquals("县人大常委会第十二次会议", npc.name());
        assertEquals("县人大常委会", convener(npc));
        MeetingItem group = meetings("10月22日,县政府党组召开会议,传达学习全国两会精神。").get(0);
        assertEquals("县政府党组会议", group.name());
        MeetingItem executive = meetings("10月22日,县政府召开第12次常务会议,研究部署安全生产工作。").get(0);
        assertEquals("县政府", convener(executive));
    }
}
