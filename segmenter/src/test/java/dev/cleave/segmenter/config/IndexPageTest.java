package dev.cleave.segmenter.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexPageTest {
    @Test
    void findsModuleScriptsWithAnyQuotingAndIgnoresClassicScriptsAndComments() {
        IndexPage page = new IndexPage("<!-- <script type=\"module\" src=\"old.ts\"></script> -->\n"
                + "<script src=\"classic.js\"></script><SCRIPT TYPE=module SRC=./a.ts></SCRIPT>"
                + "<script type='module' src='b.ts?v=1'></script><script type=\"module\">inline()</script>");
        assertThat(page.moduleScripts()).containsExactly("./a.ts", "b.ts?v=1");
    }

    @Test
    void swapsOnlyTheScriptsSourceAndAddsTheStylesheetToTheHead() {
        IndexPage page = new IndexPage("<html><head><title>t</title></head><body>"
                + "<script defer type=module src=./main.ts data-x=\"1\"></script></body></html>");
        assertThat(page.withBundle("/app.js", "/app.css")).isEqualTo("<html><head><title>t</title>"
                + "<link rel=\"stylesheet\" href=\"/app.css\">\n</head><body>"
                + "<script defer type=module src=\"/app.js\" data-x=\"1\"></script></body></html>");
    }

    @Test
    void putsTheStylesheetBeforeTheScriptWhenThePageHasNoHead() {
        IndexPage page = new IndexPage("<p>x</p><script type=\"module\" src=\"main.ts\"></script>");
        assertThat(page.withBundle("/app.js", "/app.css"))
                .isEqualTo("<p>x</p><link rel=\"stylesheet\" href=\"/app.css\">\n<script type=\"module\" src=\"/app.js\"></script>");
        assertThat(page.withBundle("/app.js", null)).isEqualTo("<p>x</p><script type=\"module\" src=\"/app.js\"></script>");
        assertThat(new IndexPage("<SCRIPT type=module src=main.ts></SCRIPT>").withBundle("/app.js", "/app.css"))
                .isEqualTo("<link rel=\"stylesheet\" href=\"/app.css\">\n<SCRIPT type=module src=\"/app.js\"></SCRIPT>");
    }

    @Test
    void tellsRelativeSourcesFromAbsoluteOnes() {
        assertThat(IndexPage.isRelative("./main.ts")).isTrue();
        assertThat(IndexPage.isRelative("main.ts")).isTrue();
        assertThat(IndexPage.isRelative("/main.ts")).isFalse();
        assertThat(IndexPage.isRelative("https://cdn.example/x.js")).isFalse();
    }
}
