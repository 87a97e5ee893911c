package dev.policygraph.graph;

import com.hankcs.hanlp.HanLP;

/** Simplified script for search and display; identity keys come ready-made from extraction. */
final class TextForms {

    private TextForms() {
    }

    static String simplified(String text) {
        return text == null ? null : HanLP.convertToSimplifiedChinese(text);
    }
}
