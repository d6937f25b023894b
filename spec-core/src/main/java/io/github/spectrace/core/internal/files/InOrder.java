package io.github.spectrace.core.internal.files;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Maps a list on all cores and keeps the input order. When elements fail, the exception of the first failing
 * element in list order is thrown, so that the error a user sees never depends on thread timing.
 */
public final class InOrder {

    private InOrder() {
    }

    /**
     * Applies a function to every element, in parallel.
     *
     * @param <T> the element type
     * @param <R> the result type
     * @param in the elements
     * @param f a function that is safe to call from several threads at once
     * @return the results, in the order of the elements
     * @throws RuntimeException the exception of the first element, in list order, for which {@code f} threw
     */
    public static <T, R> List<R> map(List<T> in, Function<? super T, ? extends R> f) {
        Object[] out = new Object[in.size()];
        RuntimeException[] failed = new RuntimeException[in.size()];
        IntStream.range(0, in.size()).parallel().forEach(i -> {
            try {
                out[i] = f.apply(in.get(i));
            } catch (RuntimeException e) {
                failed[i] = e;
            }
        });
        for (RuntimeException e : failed) {
            if (e != null) {
                throw e;
            }
        }
        List<R> result = new ArrayList<>(in.size());
        for (Object o : Arrays.asList(out)) {
            @SuppressWarnings("unchecked")
            R r = (R) o;
            result.add(r);
        }
        return result;
    }
}
