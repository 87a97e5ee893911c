package dev.policygraph.ingest;

import static dev.policygraph.ingest.Extracted.extract;
import static dev.policygraph.ingest.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Forms the real corpus's dev misses showed in session 16 (levels listed before one meeting name, years a text states
 * without saying them where the meeting is). Texts written for these tests. Pure, fast.
 */
class ListedLevelsAndReadYearsExtractTests {

    @Test
    void aPrefectureListedWithTheProvinceAndCityHasItsOwnMeeting() {
        ArticleGraph g = extract("发布时间:2025-04-01\n3月31日,某镇召开干部职工大会。会议传达学习了习近平总书记重要讲话精神及省、州、市领导干部会议精神。");
        assertEquals(List.of("省领导干部会议", "州领导干部会议", "市领导干部会议"),
                only(g).relays().stream().map(RelayRef::meetingName).sorted(java.util.Comparator.comparing(
                        n -> "省州市".indexOf(n.charAt(0)))).toList());
    }

    @Test
    void aForumWhoseSpiritIsRelayedIsRelayed() {
        ArticleGraph g = extract("发布时间:2017-06-15\n6月14日,某省高院组织召开全区三级法院视频会议,传达贯彻第2届中国—东盟大法官论坛、"
                + "第三次全国法院外事工作会议精神。");
        assertEquals(List.of("第2届中国—东盟大法官论坛", "第三次全国法院外事工作会议"),
                only(g).relays().stream().map(RelayRef::meetingName).toList());
    }
}
