// The cluster benchmark (docs/benchmarks.md): answered here, or passed on to segment back.
import { remote } from '../__remote__/bench/back.js';

export async function local(value) {
    return value;
}

export async function relay(value) {
    return remote(value);
}
