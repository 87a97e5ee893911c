package dev.policygraph.cascade;

import java.util.Optional;

import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.script.Keys;

/**
 * Short forms of a body (国家局, 省局, 市局, 局, 本局, 福建局) resolved against the article's own convener: in a 泉州市
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
        String own = convenerKey;
        for (String sub : new String[] {"机关党委", "党组", "党委"}) {
            if (own.endsWith(sub) && own.length() > sub.length() + 2) {
                own = own.substring(0, own.length() - sub.length());
                break;
            }
        }
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
            case "省局" -> {
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
}
