import Point from './Point';

export default async function makePoint(x: number, y: number): Promise<Point> {
    return new Point(x, y);
}
