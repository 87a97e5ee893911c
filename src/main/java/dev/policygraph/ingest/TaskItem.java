package dev.policygraph.ingest;

import java.util.List;

/**
 * A numbered item a meeting set or reviewed: a task (要以…為重點), a requirement (提出三點要求), or an achievement (一是…).
 *
 * @param n              1-based order within its kind
 * @param focus          the focus (為重點), may be null
 * @param goal           the goal, or the headline for items without a focus
 * @param text           the whole item as written
 * @param actions        the actions that follow the headline, each as written
 * @param setByKey       {@link OfficialRef#key()} of who set it, null when not said
 * @param initiativeKeys {@link InitiativeRef#key()}s the item advances
 */
public record TaskItem(Kind kind, int n, String focus, String goal, String text, List<String> actions,
        String setByKey, List<String> initiativeKeys, Evidence evidence) {

    public enum Kind {
        /** 重點任務 / 重點工作 */
        TASK,
        /** 要求 */
        REQUIREMENT,
        /** 一是 … 六是 in the review of past work */
        ACHIEVEMENT
    }
}
