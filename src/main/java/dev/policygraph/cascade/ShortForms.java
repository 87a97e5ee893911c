package dev.policygraph.cascade;

import java.util.Optional;

import dev.policygraph.ingest.extract.Levels;
import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.script.Keys;

/**
 * Short forms of a body (国家局, 省局, 省厅, 市局, 局, 本局, 福建局) resolved against the article's own convener: in a 泉州市
 * 邮政管理局 article, 省局 is 福建省邮政管理局 and 国家局 is 国家邮政局. Pure; the tables are those of {@link Levels}.
 */
public final class ShortForms {

    private ShortForms() {
    }

    /**
     * @param shortForm   as written, either script
     * @param convenerKey canonical key of the article's own convener (the body whose article it is)
     * @return the canonical key of the body meant, or empty when the short form is not one or cannot be resolved
     */
    public static Optional<String> resolve(String shortForm, String convenerKey) {
        String s = Keys.canonical(shortForm);
        if (s == null || convenerKey == null) {
            return Optional.empty();
        }
        String own = Levels.bodyOf(convenerKey);
        String function = Levels.functionOf(own);
        Level level = Levels.infer(own);
        switch (s) {
            case "局", "本局", "我局" -> {
                return Optional.of(own);
            }
            case "国家局" -> {
                if (level == Level.MINISTRY) {
                    return Optional.of(own);
                }
                return Optional.ofNullable(function == null ? null : Levels.counterparts().get(function));
            }
            case "省局", "省厅" -> {
                if (level == Level.PROVINCIAL) {
                    return Optional.of(own);
                }
                if (level == Level.MUNICIPAL || level == Level.COUNTY) {
                    return Levels.parentOf(own).filter(p -> p.level() == Level.PROVINCIAL).map(Levels.Parent::key);
                }
                return Optional.empty();
            }
            case "市局" -> {
                return level == Level.MUNICIPAL ? Optional.of(own) : Optional.empty();
            }
            default -> {
                // 福建局: a province's short name plus 局 means that province's body of the same function.
                if (s.endsWith("局") && function != null) {
                    String place = s.substring(0, s.length() - 1);
                    var province = Levels.provinceOf(place).filter(place::equals);
                    if (province.isPresent()) {
                        return Optional.of(Levels.provincialName(province.get()) + function);
                    }
                }
                return Optional.empty();
            }
        }
    }

    /** Whether a meeting's name starts with a scope word that {@link #scopePlace} resolves (全省, 全区, 全市). */
    public static boolean scoped(String meetingName) {
        return Scope.leading(MeetingMatcher.fold(meetingName == null ? "" : meetingName))
                .filter(Scope::namesOwnPlace).isPresent();
    }

    /**
     * The place a scope word in a relayed meeting's name stands for, seen from the relaying body: in a 海口市 bureau's
     * article, 全省…会议 is a meeting of 海南省, whichever of its bodies convened it; 全区 is the same for an
     * autonomous region, 全市 for a municipality or the relaying body's own city. The place is a prefix of every body
     * there, so as a convener key it keeps the relay from linking to another province's meeting of the same name.
     *
     * @return the place's name as a body key prefix (海南省, 广西壮族自治区 → 广西, 北京市, 泉州市), or empty
     */
    public static Optional<String> scopePlace(String meetingName, String convenerKey) {
        if (meetingName == null || convenerKey == null) {
            return Optional.empty();
        }
        Optional<Scope> scope = Scope.leading(MeetingMatcher.fold(meetingName));
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> province = Levels.provinceOf(convenerKey)
                .or(() -> Levels.cityOf(convenerKey).flatMap(Levels::provinceOfCity));
        Optional<String> place = province.map(Levels::provincialName);
        return switch (scope.get()) {
            case PROVINCE -> place.filter(p -> p.endsWith("省"));
            case REGION -> province.filter(p -> !place.get().endsWith("省") && !place.get().endsWith("市"));
            case CITY -> place.filter(p -> p.endsWith("市")).isPresent() ? place
                    : Levels.cityOf(convenerKey).map(city -> city + "市");
            case NATION, COUNTY -> Optional.empty();
        };
    }
}
