package dev.policygraph.ingest.extract;

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
    void theNameAsWrittenComesBeforeTheKey() {
        assertThat(Levels.infer("云南省市场监督管理局")).as("省市场 is not a city").isEqualTo(Level.PROVINCIAL);
        assertThat(Levels.infer("海關總署")).isEqualTo(Level.MINISTRY);
        assertThat(Levels.infer("中国气象局党组")).isEqualTo(Level.MINISTRY);
        assertThat(Levels.infer("各省(区、市)邮政管理局")).as("the parenthesis is dropped").isEqualTo(Level.PROVINCIAL);
        assertThat(Levels.infer("莲湖区局")).isEqualTo(Level.COUNTY);
        assertThat(Levels.infer("合肥专员办")).as("from the key: a city of the lexicon").isEqualTo(Level.MUNICIPAL);
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
    void aCityDepartmentsProvincialParentIsTheProvincesDepartmentUnderItsOwnName() {
        assertThat(Levels.parentOf("烟台市应急管理局").orElseThrow().key()).isEqualTo("山东省应急管理厅");
        assertThat(Levels.parentOf("宁波市生态环境局").orElseThrow().key()).isEqualTo("浙江省生态环境厅");
        assertThat(Levels.parentOf("泉州市邮政管理局").orElseThrow().key()).isEqualTo("福建省邮政管理局");
        assertThat(Levels.parentOf("山东省应急管理厅").orElseThrow().key()).isEqualTo("应急管理部");
        assertThat(Levels.parentOf("北京市生态环境局").orElseThrow().key()).isEqualTo("生态环境部");
    }
}
