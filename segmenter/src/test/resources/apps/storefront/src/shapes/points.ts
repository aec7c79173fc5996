import Point from './Point';

export const UNIT = 1;

export async function makePoint(x: number, { scale = 1 }: { scale?: number } = {}): Promise<Point> {
    return new Point(x * scale * UNIT, 0);
}

export async function origin(): Promise<Point> {
    return new Point(0, 0);
}
