package dev.policygraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.RelayRef;
import dev.policygraph.ingest.script.Script;
import dev.policygraph.ingest.segment.Segmenter;

class RelayFinderTests {

    private static List<RelayRef> find(String text, Integer year) {
        return new RelayFinder(new Organizations()).find(new Doc(text, Script.simplify(text), new Segmenter().split(text)), year);
    }

    @Test
    void relayWithoutConvenerTakesThePublicationYear() {
        RelayRef r = find("会议传达学习了全國郵政管理半年工作電視電話會議精神。", 2020).get(0);
        assertEquals("全國郵政管理半年工作電視電話會議", r.meetingName());
        assertEquals(2020, r.year());
        assertNull(r.convenedBy());
        assertEquals("2020||全国邮政管理半年", r.key());
    }

    @Test
    void relayNamingConvenerAndYear() {
        RelayRef r = find("通报贯彻国家邮政局2019年全国邮政管理工作会议精神。", 2020).get(0);
        assertEquals(2019, r.year());
        assertEquals("国家邮政局", r.convenedBy().key());
        assertEquals("2019|国家邮政局|全国邮政管理", r.key());
    }

    @Test
    void ownMeetingSpiritIsNotARelay() {
        assertTrue(find("要及时做好会议精神的传达学习贯彻,传达学习本次会议精神。", 2020).isEmpty());
    }

    @Test
    void bareRelayVerbWithLeIsARelay() {
        RelayRef r = find("会议还书面传达了2022年全国邮政管理工作会议精神。", 2022).get(0);
        assertEquals("2022年全国邮政管理工作会议", r.meetingName());
        assertEquals(2022, r.year());
    }

    @Test
    void meetingSpiritAfterAnImplementingVerbIsNotARelay() {
        assertTrue(find("深入学习贯彻党的十九届六中全会精神和中央经济工作会议精神。", 2022).isEmpty());
    }

    @Test
    void inAListOfSpiritsTheMeetingIsTheLastItem() {
        assertEquals(List.of("中央经济工作会议"), find("学习贯彻全国两会精神和中央经济工作会议精神。", 2022).stream()
                .map(RelayRef::meetingName).toList());
    }

    @Test
    void relayingTheOwnMeetingIsGenericEvenAfterTheBareVerb() {
        assertTrue(find("要及时传达学习会议精神。", 2020).isEmpty());
    }
}
