package dk.spor.demo;

import java.util.List;
import java.util.Map;

/**
 * Fills the placeholders of a story text for one child: {navn}, {han}/{ham}/{hans} (the child's pronouns), {mor},
 * {far}, {forældrene} and {skole}. One pass over the text, since it runs for every chronology line.
 */
final class Phrasing {

    private final Map<String, String> values;
    private final List<String> parents;

    Phrasing(Map<String, String> values, List<String> parents) {
        this.values = Map.copyOf(values);
        this.parents = List.copyOf(parents);
    }

    /** The first names of the parents who take part in the case: the mother, and the father if he has custody. */
    List<String> parents() {
        return parents;
    }

    String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int end = c == '{' ? template.indexOf('}', i) : -1;
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            String key = template.substring(i + 1, end);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("No value for {" + key + "} in: " + template);
            }
            out.append(value);
            i = end + 1;
        }
        return out.toString();
    }

    String value(String key) {
        return values.get(key);
    }
}
