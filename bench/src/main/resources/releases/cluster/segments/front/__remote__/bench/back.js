import { __run } from 'cleave/remote';

export async function remote(value) {
    return __run('bench/remote', '0.0.0', { 'value': value });
}
