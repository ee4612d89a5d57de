package dk.spor.workspace;

import java.util.List;
import java.util.Map;

/** Turns a {@link CaseQuery} into SQL conditions on the child table aliased {@code ch}: CPR or name prefixes. */
final class ChildMatchSql {

    private ChildMatchSql() {
    }

    /** Appends " and ..." conditions to {@code where} and their values to {@code params}. */
    static void append(CaseQuery query, StringBuilder where, Map<String, Object> params) {
        query.cprPrefix().ifPresent(prefix -> {
            where.append(" and ch.cpr like :cpr");
            params.put("cpr", prefix + "%");
        });
        List<String> words = query.nameWords();
        if (words.size() == 1) {
            where.append(" and (lower(ch.first_name) like :word or lower(ch.last_name) like :word)");
            params.put("word", escapeLike(words.get(0)) + "%");
        } else if (words.size() > 1) {
            where.append(" and lower(ch.first_name) like :first and lower(ch.last_name) like :last");
            params.put("first", escapeLike(words.get(0)) + "%");
            params.put("last", escapeLike(words.get(words.size() - 1)) + "%");
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
