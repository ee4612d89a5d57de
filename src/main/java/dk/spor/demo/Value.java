package dk.spor.demo;

import java.util.List;

/** A generated record that is filled in as its story unfolds, yet compares by content like a Java record. */
abstract class Value {

    /** Everything the value holds, in a fixed order. */
    abstract List<Object> fields();

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && fields().equals(((Value) other).fields());
    }

    @Override
    public final int hashCode() {
        return fields().hashCode();
    }
}
