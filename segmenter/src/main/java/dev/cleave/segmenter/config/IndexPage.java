package dev.cleave.segmenter.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front end's {@code index.html}: finds its one {@code <script type="module" src>} (the
 * bundle's entry) and writes the page with that script pointing at the bundle instead. Only that
 * attribute changes (and a stylesheet link is added when the bundle has one); the rest of the page
 * stays as written. Scripts inside HTML comments do not count.
 */
public final class IndexPage {
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TYPE_MODULE = Pattern.compile("\\btype\\s*=\\s*([\"']?)module\\1(?=[\\s/>]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);

    /** Where a module script's {@code src} value sits in the page. */
    private record Source(String value, int start, int end) {}

    private final String html;
    private final List<Source> moduleScripts;

    public IndexPage(String html) {
        this.html = html;
        this.moduleScripts = find(html);
    }

    /** The {@code src} of every module script, in page order. */
    public List<String> moduleScripts() {
        return moduleScripts.stream().map(Source::value).toList();
    }

    /**
     * The page with its one module script loading {@code script} instead, and a {@code <link>} to
     * {@code stylesheet} before {@code </head>} (at the script when there is no head) unless it is null.
     */
    public String withBundle(String script, String stylesheet) {
        if (moduleScripts.size() != 1) {
            throw new IllegalStateException("the page has " + moduleScripts.size() + " module scripts, not one");
        }
        Source source = moduleScripts.getFirst();
        String page = html.substring(0, source.start()) + "\"" + script + "\"" + html.substring(source.end());
        if (stylesheet == null) {
            return page;
        }
        String link = "<link rel=\"stylesheet\" href=\"" + stylesheet + "\">";
        Matcher head = HEAD_END.matcher(page);
        if (head.find()) {
            return page.substring(0, head.start()) + link + "\n" + page.substring(head.start());
        }
        int tag = page.toLowerCase(Locale.ROOT).lastIndexOf("<script", source.start());
        return page.substring(0, tag) + link + "\n" + page.substring(tag);
    }

    private static List<Source> find(String html) {
        String visible = blankComments(html);
        List<Source> found = new ArrayList<>();
        Matcher script = SCRIPT.matcher(visible);
        while (script.find()) {
            String attributes = script.group(1);
            Matcher src = SRC.matcher(attributes);
            if (!TYPE_MODULE.matcher(attributes).find() || !src.find()) {
                continue;
            }
            int group = src.group(1) != null ? 1 : src.group(2) != null ? 2 : 3;
            int offset = script.start(1);
            int valueStart = offset + src.start(group) - (group == 3 ? 0 : 1);
            int valueEnd = offset + src.end(group) + (group == 3 ? 0 : 1);
            found.add(new Source(src.group(group).trim(), valueStart, valueEnd));
        }
        return found;
    }

    /** The page with every comment replaced by spaces of the same length, so offsets stay valid. */
    private static String blankComments(String html) {
        StringBuilder out = new StringBuilder(html);
        Matcher comment = COMMENT.matcher(html);
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    static boolean isRelative(String src) {
        String lower = src.toLowerCase(Locale.ROOT);
        return !src.isEmpty() && !src.startsWith("/") && !lower.matches("^[a-z][a-z0-9+.-]*:.*");
    }
}
