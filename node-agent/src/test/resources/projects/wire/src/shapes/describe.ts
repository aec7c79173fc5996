import Point from './Point';

/** Proves the argument arrived as a real Point, with its methods and private state. */
export default async function describe(point: Point): Promise<string> {
    return `${point instanceof Point} ${point.length()} ${point.label}`;
}
