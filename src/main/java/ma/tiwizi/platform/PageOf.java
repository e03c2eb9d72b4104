package ma.tiwizi.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the 1-based page number, the page size and the total number of results. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public int pages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public static int clampPage(Integer page) {
        return page == null || page < 1 ? 1 : page;
    }

    public static int clampSize(Integer size) {
        return size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static long offset(int page, int size) {
        return (long) (page - 1) * size;
    }
}
