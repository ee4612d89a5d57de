package dk.spor.workspace;

import java.util.List;

/** One page of a list, with what the pagination needs. Pages count from 0. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}
