package dk.spor.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.copy.CopyManager;

/** Rows for one table in PostgreSQL's COPY text format, buffered and then sent in one COPY statement. */
final class CopyRows {

    private final String copySql;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private long sent;

    CopyRows(String table, String columns) {
        this.copySql = "copy " + table + " (" + columns + ") from stdin";
    }

    void add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            append(values[i]);
        }
        rows.append('\n');
    }

    void send(CopyManager copy) throws SQLException, IOException {
        if (rows.isEmpty()) {
            return;
        }
        sent += copy.copyIn(copySql, new StringReader(rows.toString()));
        rows.setLength(0);
    }

    long sent() {
        return sent;
    }

    private void append(Object value) {
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof Boolean bool) {
            rows.append(bool ? 't' : 'f');
        } else if (value instanceof Enum<?> constant) {
            rows.append(constant.name());
        } else if (value instanceof String text) {
            escape(text);
        } else if (value instanceof List<?> constants) {
            array(constants);
        } else {
            rows.append(value); // numbers, LocalDate and Instant print in a form PostgreSQL reads
        }
    }

    /** A text[] of enum names, which need no quoting inside the array literal. */
    private void array(List<?> constants) {
        rows.append('{');
        for (int i = 0; i < constants.size(); i++) {
            rows.append(i > 0 ? "," : "").append(((Enum<?>) constants.get(i)).name());
        }
        rows.append('}');
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }
}
