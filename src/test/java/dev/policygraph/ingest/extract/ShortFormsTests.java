package dev.policygraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Short forms (省局, 省厅, 国家局) and scope words (全省, 全市) in a relayed name, read against the relaying body. */
class ShortFormsTests {

    @Test
    void shortFormsResolveAgainstTheArticlesOwnConvener() {
        assertThat(ShortForms.resolve("省局", "泉州市邮政管理局")).contains("福建省邮政管理局");
        assertThat(ShortForms.resolve("國家局", "福建省邮政管理局")).contains("国家邮政局");
        assertThat(ShortForms.resolve("国家局", "四川省邮政管理局党组")).contains("国家邮政局");
        assertThat(ShortForms.resolve("局", "国家邮政局")).contains("国家邮政局");
        assertThat(ShortForms.resolve("省局", "福建省邮政管理局")).contains("福建省邮政管理局");
        assertThat(ShortForms.resolve("福建局", "国家邮政局")).isEmpty();
        assertThat(ShortForms.resolve("福建局", "泉州市邮政管理局")).contains("福建省邮政管理局");
        assertThat(ShortForms.resolve("市局", "福建省邮政管理局")).isEmpty();
        assertThat(ShortForms.resolve("省厅", "烟台市应急管理局")).contains("山东省应急管理厅");
    }

    @Test
    void aScopeWordInARelayedNameIsTheRelayingBodysOwnPlace() {
        assertThat(ShortForms.scopePlace("全省邮政管理半年工作会议", "海口市邮政管理局")).contains("海南省");
        assertThat(ShortForms.scopePlace("2020年全省安全生产工作會議", "福建省邮政管理局党组")).contains("福建省");
        assertThat(ShortForms.scopePlace("全区邮政管理工作会议", "南宁市邮政管理局")).contains("广西");
        assertThat(ShortForms.scopePlace("全市邮政管理工作会议", "泉州市邮政管理局")).contains("泉州市");
        assertThat(ShortForms.scopePlace("全市安全生产工作会议", "北京市邮政管理局")).contains("北京市");
        assertThat(ShortForms.scopePlace("全省邮政管理工作会议", "南宁市邮政管理局")).as("广西 is not a 省").isEmpty();
        assertThat(ShortForms.scopePlace("全国邮政管理工作会议", "泉州市邮政管理局")).isEmpty();
        assertThat(ShortForms.scopePlace("全省邮政管理工作会议", "国家邮政局")).isEmpty();
    }
}
