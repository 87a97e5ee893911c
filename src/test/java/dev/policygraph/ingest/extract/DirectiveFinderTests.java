package dev.policygraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.DirectiveRef;
import dev.policygraph.ingest.script.Script;
import dev.policygraph.ingest.segment.Segmenter;

class DirectiveFinderTests {

    private static List<String> texts(String text) {
        return new DirectiveFinder(new Organizations())
                .find(new Doc(text, Script.simplify(text), new Segmenter().split(text))).stream()
                .map(DirectiveRef::text).toList();
    }

    @Test
    void aListOfSpiritsGivesOneDirectiveEach() {
        assertEquals(List.of("党的十九届六中全会精神", "中央经济工作会议精神"),
                texts("深入学习贯彻党的十九届六中全会精神和中央经济工作会议精神,部署全年工作。"));
    }

    @Test
    void meetingSpiritIsADirectiveAfterAnImplementingVerbOnly() {
        assertEquals(List.of("全国交通运输工作会议精神"), texts("深入学习贯彻全国交通运输工作会议精神。"));
        assertEquals(List.of(), texts("传达学习全国交通运输工作会议精神。"));
    }

    @Test
    void relayedLeaderSpeechIsADirective() {
        assertEquals(List.of("习近平总书记在中央纪委全会上的重要讲话精神"),
                texts("传达学习习近平总书记在中央纪委全会上的重要讲话精神,研究部署工作。"));
    }

    @Test
    void documentTitleIsADirective() {
        assertEquals(List.of("《关于推进农村寄递物流高质量发展的意见》"),
                texts("深入贯彻落实《关于推进农村寄递物流高质量发展的意见》,部署推进工作。"));
    }

    @Test
    void importantExpositionAndNoticeRequirementsAreDirectives() {
        assertEquals(List.of("习近平总书记关于安全生产的重要论述", "国家邮政局关于做好安全工作的通知要求"),
                texts("深入学习贯彻习近平总书记关于安全生产的重要论述,认真落实国家邮政局关于做好安全工作的通知要求。"));
    }

    @Test
    void demandsRaisedToImplementAreNotADirective() {
        assertEquals(List.of(), texts("张某就抓好贯彻落实提出三点要求:一是要提高站位。"));
    }
}
