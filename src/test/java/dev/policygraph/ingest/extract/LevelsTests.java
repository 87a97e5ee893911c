package dev.policygraph.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.policygraph.ingest.Level;

class LevelsTests {

    @Test
    void levelsAreInferredFromNamesInEitherScript() {
        assertThat(Levels.infer("國務院")).isEqualTo(Level.CENTRAL);
        assertThat(Levels.infer("国务院办公厅")).isEqualTo(Level.CENTRAL);
        assertThat(Levels.infer("黨中央")).isEqualTo(Level.CENTRAL);
        assertThat(Levels.infer("國家郵政局")).isEqualTo(Level.MINISTRY);
        assertThat(Levels.infer("交通运输部")).isEqualTo(Level.MINISTRY);
        assertThat(Levels.infer("福建省郵政管理局")).isEqualTo(Level.PROVINCIAL);
        assertThat(Levels.infer("四川省邮政管理局党组")).isEqualTo(Level.PROVINCIAL);
        assertThat(Levels.infer("北京市邮政管理局")).isEqualTo(Level.PROVINCIAL);
        assertThat(Levels.infer("泉州市邮政管理局")).isEqualTo(Level.MUNICIPAL);
        assertThat(Levels.infer("泉州市丰泽区邮政管理局")).isEqualTo(Level.COUNTY);
        assertThat(Levels.infer("某某协会")).isEqualTo(Level.UNKNOWN);
    }

    @Test
    void provincialPostalBureauSitsUnderTheStatePostBureau() {
        var parent = Levels.parentOf("福建省郵政管理局").orElseThrow();
        assertThat(parent.key()).isEqualTo("国家邮政局");
        assertThat(parent.level()).isEqualTo(Level.MINISTRY);
    }

    @Test
    void cityPostalBureauSitsUnderItsProvincesBureau() {
        assertThat(Levels.parentOf("泉州市邮政管理局").orElseThrow().key()).isEqualTo("福建省邮政管理局");
    }

    @Test
    void partyGroupSitsUnderItsBureauAndNationalBureauHasNoInferredParent() {
        assertThat(Levels.parentOf("四川省邮政管理局党组").orElseThrow().key()).isEqualTo("四川省邮政管理局");
        assertThat(Levels.parentOf("国家邮政局")).isEmpty();
    }

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

    @Test
    void aCityDepartmentsProvincialParentIsTheProvincesDepartmentUnderItsOwnName() {
        assertThat(Levels.parentOf("烟台市应急管理局").orElseThrow().key()).isEqualTo("山东省应急管理厅");
        assertThat(Levels.parentOf("宁波市生态环境局").orElseThrow().key()).isEqualTo("浙江省生态环境厅");
        assertThat(Levels.parentOf("泉州市邮政管理局").orElseThrow().key()).isEqualTo("福建省邮政管理局");
        assertThat(Levels.parentOf("山东省应急管理厅").orElseThrow().key()).isEqualTo("应急管理部");
        assertThat(Levels.parentOf("北京市生态环境局").orElseThrow().key()).isEqualTo("生态环境部");
        assertThat(ShortForms.resolve("省厅", "烟台市应急管理局")).contains("山东省应急管理厅");
    }
}
