package vn.lantoa.recognition;

import java.util.List;

/** One page of a list: the items, how many there are in all, the page (from 0) and its size. */
public record ListPage<T>(List<T> items, long total, int page, int size) {

	public static final int MAX_SIZE = 200;

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	static int size(int size) {
		return size <= 0 ? 25 : Math.min(size, MAX_SIZE);
	}
}
