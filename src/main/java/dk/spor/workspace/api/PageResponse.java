package dk.spor.workspace.api;

import java.util.List;
import java.util.function.Function;

import dk.spor.workspace.PageOf;

/** One page of a list. {@code page} counts from 0. */
record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static <R, T> PageResponse<T> of(PageOf<R> page, Function<R, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total(),
                page.pageCount());
    }
}
