// The procedures of the HTTP benchmark (docs/benchmarks.md): one that costs nothing, one that costs CPU.
export async function echo(value) {
    return value;
}

function fibonacci(n) {
    return n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2);
}

export async function fib(n) {
    return fibonacci(n);
}
