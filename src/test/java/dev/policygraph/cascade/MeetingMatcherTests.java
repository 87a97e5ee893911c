package dev.policygraph.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.policygraph.cascade.MeetingMatcher.Description;
import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.script.Keys;

/** The relay matching rules, without a database. Keys are built the way the extractor builds them. */
class MeetingMatcherTests {

    private static Description meeting(Integer year, String convener, String name) {
        return new Description(Keys.meetingKey(year, convener, name, null), name, year, convener, null);
    }

    private static final Description SEED = meeting(2020, "国家邮政局", "2020年全國郵政管理半年工作電視電話會議");
    private static final Description FUJIAN = meeting(2020, "福建省邮政管理局", "全省邮政管理半年工作会议");

    @Test
    void sameNameInTheOtherScriptIsAnExactMatch() {
        var ref = meeting(2020, "国家邮政局", "2020年全国邮政管理半年工作电视电话会议");
        var match = MeetingMatcher.match(ref, SEED, Level.PROVINCIAL).orElseThrow();
        assertThat(match.matchedBy()).isEqualTo("exact");
        assertThat(match.confidence()).isEqualTo(1.0);
    }

    @Test
    void spunAndAbbreviatedNameMatchesFuzzilyAboveTheThreshold() {
        var ref = meeting(2020, "国家邮政局", "上半年全國郵政管理工作TV電話會議");
        var match = MeetingMatcher.match(ref, SEED, Level.PROVINCIAL).orElseThrow();
        assertThat(match.matchedBy()).isEqualTo("fuzzy");
        assertThat(match.confidence()).isGreaterThan(0.6).isLessThan(1.0);
    }

    @Test
    void spunNameWithoutConvenerStillMatchesButLessSurely() {
        var withConvener = MeetingMatcher.match(meeting(2020, "国家邮政局", "上半年全國郵政管理工作TV電話會議"), SEED,
                Level.PROVINCIAL).orElseThrow();
        var without = MeetingMatcher.match(meeting(2020, null, "上半年全國郵政管理工作TV電話會議"), SEED,
                Level.PROVINCIAL).orElseThrow();
        assertThat(without.confidence()).isGreaterThan(0.6).isLessThan(withConvener.confidence());
    }

    @Test
    void anotherYearNeverMatches() {
        var ref = meeting(2021, "国家邮政局", "2021年全国邮政管理半年工作电视电话会议");
        assertThat(MeetingMatcher.match(ref, SEED, Level.PROVINCIAL)).isEmpty();
    }

    @Test
    void anotherConvenerNeverMatches() {
        var ref = meeting(2020, "浙江省邮政管理局", "全省邮政管理半年工作会议");
        assertThat(MeetingMatcher.match(ref, FUJIAN, Level.MUNICIPAL)).isEmpty();
    }

    @Test
    void provincialMeetingIsNotTakenForTheNationalOneItRelays() {
        // 全省… vs 全国…: bigram-similar, but the scope words disagree
        var ref = meeting(2020, null, "2020年全国邮政管理半年工作电视电话会议");
        assertThat(MeetingMatcher.match(ref, FUJIAN, Level.PROVINCIAL)).isEmpty();
        var cityRef = meeting(2020, null, "全省邮政管理半年工作会议");
        assertThat(MeetingMatcher.match(cityRef, SEED, Level.MUNICIPAL)).isEmpty();
        assertThat(MeetingMatcher.match(cityRef, FUJIAN, Level.MUNICIPAL).orElseThrow().confidence()).isGreaterThan(0.6);
    }

    @Test
    void unknownConvenerMustSitAboveTheRelayingBody() {
        var ref = meeting(2020, null, "邮政管理半年工作会议");
        assertThat(MeetingMatcher.match(ref, FUJIAN, Level.PROVINCIAL)).isEmpty();
        assertThat(MeetingMatcher.match(ref, FUJIAN, Level.MUNICIPAL)).isPresent();
    }

    @Test
    void partyGroupOfABureauIsTheSameConvener() {
        var held = meeting(2020, "四川省邮政管理局党组", "全省邮政管理工作会议");
        var ref = meeting(2020, "四川省邮政管理局", "全省邮政管理工作会议");
        assertThat(MeetingMatcher.match(ref, held, Level.MUNICIPAL).orElseThrow().confidence()).isGreaterThan(0.9);
    }

    @Test
    void genericNamesAreNeverMatchedFuzzily() {
        var a = meeting(2021, "浙江省邮政管理局", "党组会议");
        var b = new Description(Keys.meetingKey(2021, "浙江省邮政管理局", "党组会议", java.time.LocalDate.of(2021, 7, 19)),
                "党组会议", 2021, "浙江省邮政管理局", null);
        assertThat(MeetingMatcher.match(a, b, Level.MUNICIPAL)).isEmpty();
    }

    @Test
    void unrelatedNamesScoreBelowTheThreshold() {
        var ref = meeting(2020, "国家邮政局", "全国快递包装治理推进会");
        var match = MeetingMatcher.match(ref, SEED, Level.PROVINCIAL);
        assertThat(match.map(MeetingMatcher.Match::confidence).orElse(0.0)).isLessThan(0.6);
    }

    @Test
    void foldingRemovesYearScriptSynonymsAndForm() {
        assertThat(dev.policygraph.ingest.script.NameFold.fold("2020年上半年全國郵政管理工作TV電話會議")).isEqualTo("半年全国邮政管理工作");
        assertThat(MeetingMatcher.dice("全国邮政管理半年工作", "全国邮政管理半年工作")).isEqualTo(1.0);
    }
}
