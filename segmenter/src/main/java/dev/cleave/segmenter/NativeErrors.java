package dev.cleave.segmenter;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.function.Supplier;

/**
 * Keeps swc4j's native side from printing to the terminal during a command-line build. On a
 * syntax error swc4j 2.2.0 reports the error to Java correctly but its Rust side also prints a
 * "thread panicked ... Couldn't call throw parse error" note with a backtrace straight to file
 * descriptor 2. The CLI reports the error itself, so it points descriptor 2 at /dev/null while it
 * builds (nothing else writes to stderr then) and restores it afterwards. Where libc is not
 * reachable it does nothing.
 */
final class NativeErrors {
    private static final int STDERR = 2;
    private static final int O_WRONLY = 1;

    private NativeErrors() {}

    static <T> T quietly(Supplier<T> work) {
        MethodHandle dup;
        MethodHandle dup2;
        MethodHandle open;
        MethodHandle close;
        try {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            FunctionDescriptor intInt = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT);
            dup = linker.downcallHandle(libc.find("dup").orElseThrow(), intInt);
            close = linker.downcallHandle(libc.find("close").orElseThrow(), intInt);
            dup2 = linker.downcallHandle(libc.find("dup2").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            open = linker.downcallHandle(libc.find("open").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        } catch (RuntimeException | LinkageError e) {
            return work.get();
        }
        int saved = -1;
        try (Arena arena = Arena.ofConfined()) {
            System.err.flush();
            int devNull = (int) open.invokeExact(arena.allocateFrom("/dev/null"), O_WRONLY);
            saved = devNull < 0 ? -1 : (int) dup.invokeExact(STDERR);
            if (saved >= 0) {
                int ignored = (int) dup2.invokeExact(devNull, STDERR);
            }
            if (devNull >= 0) {
                int ignored = (int) close.invokeExact(devNull);
            }
        } catch (Throwable e) {
            saved = -1;
        }
        try {
            return work.get();
        } finally {
            if (saved >= 0) {
                try {
                    int restored = (int) dup2.invokeExact(saved, STDERR);
                    int closed = (int) close.invokeExact(saved);
                } catch (Throwable ignored) {
                    // stderr stays silenced; stdout still reports the result
                }
            }
        }
    }
}
