package dev.policygraph.ingest.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policygraph.ingest.Level;
import dev.policygraph.ingest.OrganizationRef;
import dev.policygraph.ingest.script.Keys;
import dev.policygraph.ingest.script.NameFold;
import dev.policygraph.ingest.script.Script;

/**
 * Short forms of a body, and scope words, read against the article's own body. Two readings, because two things are
 * known: a meeting's convener written short (海口局, 厅党组) is the body the same article writes out in full
 * ({@link #writtenOut}); a relayed meeting's convener written short (国家局, 省局, 省厅, 市局, 局, 本局, 福建局) is
 * resolved from the relaying body's name with the tables of {@link Levels} ({@link #resolve}): in a 泉州市邮政管理局
 * article, 省局 is 福建省邮政管理局 and 国家局 is 国家邮政局. A scope word (全省…会议) stands for the relaying body's
 * place ({@link #scopePlace}); {@link #relayTarget} puts both together. Pure.
 */
public final class ShortForms {

    /** A meeting's convener written short: an optional place (海口, 辽宁省鞍山) and 局, 厅 or 部, perhaps with its party group; or 委 alone (委党组). */
    private static final Pattern SHORT_BODY = Pattern.compile("^([\\p{IsHan}]{0,4}?)(局|厅|部|委)$");
    /** A relayed meeting's convener written short, resolved by {@link #resolve} (or left as written). */
    private static final Pattern SHORT_CONVENER = Pattern.compile("国家局|省局|省厅|市局|县局|本局|我局|[\\p{IsHan}]{2,3}局");

    /** A relay's target seen from the relaying body: its key, and its convener's key (null when none is known). */
    public record RelayTarget(String key, String convenerKey) {
    }

    private ShortForms() {
    }

    /**
     * The body a meeting's convener written short stands for (海口局, 厅党组, 部党组): the first of {@code known} (the
     * article's bodies, its chair's first) whose name is longer, ends in the same unit and contains the place.
     *
     * @param named simplified name of the convener as the lead writes it
     * @return that body, or empty when the name is not short or no body of the article fits
     */
    public static Optional<OrganizationRef> writtenOut(String named, List<OrganizationRef> known) {
        Matcher shortForm = SHORT_BODY.matcher(Levels.withoutPartyBody(named));
        if (!shortForm.matches()) {
            return Optional.empty();
        }
        String place = shortForm.group(1);
        String unit = shortForm.group(2);
        if (unit.equals("委") && !place.isEmpty()) {
            return Optional.empty(); // 委党组 is the commission's own; 市委, 县委 are bodies of their own
        }
        for (OrganizationRef o : known) {
            String k = Script.simplify(o.name());
            // 县纪委监委驻县水利局: a group stationed in the body (after 驻) is another body, not its full name
            if (k.length() > named.length() && k.endsWith(unit) && (place.isEmpty() || k.contains(place))
                    && !k.contains("驻")) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** Whether the body written before a relayed meeting's name is a short form (国家局, 省局, 海口局). */
    public static boolean isShortConvener(String simplified) {
        return SHORT_CONVENER.matcher(simplified).matches();
    }

    /**
     * A relayed meeting as the relaying body means it: a convener written short resolved ({@link #resolve}) and the
     * key rebuilt on it; with no convener, a name starting with 全省, 全区 or 全市 keyed on the relaying body's place
     * ({@link #scopePlace}). Used at extraction and by the backfill that re-places old references (V0005).
     *
     * @param key         the reference's key as written ({@link Keys#meetingKey} on the written convener)
     * @param written     canonical key of the convener as written, or null
     * @param ownConvener canonical key of the relaying meeting's convener, or null
     */
    public static RelayTarget relayTarget(String key, String name, Integer year, String written, String ownConvener) {
        String convener = written;
        if (convener != null && ownConvener != null) {
            convener = resolve(convener, ownConvener).orElse(convener);
        }
        // 省局全省…会议 in a 泉州 article: the key names 福建省邮政管理局, as the meeting's own key does
        String target = convener != null && !convener.equals(written) ? Keys.meetingKey(year, convener, name, null) : key;
        if (convener == null && target != null && target.contains("||")) {
            // 全省… in a city's article is a meeting of its province, not any province's
            target = scopePlace(name, ownConvener).map(place -> Keys.meetingKey(year, place, name, null)).orElse(target);
        }
        return new RelayTarget(target, convener);
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
        return Scope.leading(NameFold.fold(meetingName == null ? "" : meetingName))
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
        Optional<Scope> scope = Scope.leading(NameFold.fold(meetingName));
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
