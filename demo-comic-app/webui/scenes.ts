// The built-in scenes a panel can have as background, drawn in a 400×400 box.
import { s } from './svg';

export const SCENE_NAMES: Record<string, string> = { city: 'City', park: 'Park', beach: 'Beach', space: 'Space', room: 'Room' };

export function scene(name: string): SVGElement {
    const group = s('g', { 'data-scene': name });
    const add = (tag: string, attributes: Record<string, string | number>) => group.append(s(tag, attributes));
    switch (name) {
        case 'city':
            add('rect', { width: 400, height: 400, fill: '#bde0fe' });
            [[0, 180, 70, '#6c757d'], [75, 120, 80, '#495057'], [160, 210, 60, '#868e96'], [225, 150, 90, '#5c677d'], [320, 200, 80, '#7d8597']]
                .forEach(([x, y, w, color]) => {
                    add('rect', { x, y, width: w, height: 400 - (y as number), fill: color });
                    for (let wy = (y as number) + 15; wy < 380; wy += 30) {
                        for (let wx = (x as number) + 10; wx < (x as number) + (w as number) - 15; wx += 22) add('rect', { x: wx, y: wy, width: 10, height: 14, fill: '#ffe8a3' });
                    }
                });
            break;
        case 'park':
            add('rect', { width: 400, height: 400, fill: '#caf0f8' });
            add('circle', { cx: 330, cy: 70, r: 36, fill: '#ffd166' });
            add('rect', { y: 280, width: 400, height: 120, fill: '#80b918' });
            add('rect', { x: 70, y: 190, width: 22, height: 100, fill: '#7f5539' });
            add('circle', { cx: 81, cy: 170, r: 60, fill: '#2b9348' });
            add('circle', { cx: 300, cy: 250, r: 34, fill: '#55a630' });
            break;
        case 'beach':
            add('rect', { width: 400, height: 400, fill: '#a2d2ff' });
            add('circle', { cx: 80, cy: 80, r: 40, fill: '#ffb703' });
            add('rect', { y: 220, width: 400, height: 90, fill: '#0096c7' });
            add('path', { d: 'M0 300 Q100 280 200 300 T400 300 V400 H0 Z', fill: '#f4d58d' });
            break;
        case 'space':
            add('rect', { width: 400, height: 400, fill: '#14213d' });
            for (let i = 0; i < 40; i++) add('circle', { cx: (i * 97) % 400, cy: (i * 61 + 17) % 400, r: i % 3 === 0 ? 2 : 1.2, fill: '#ffffff' });
            add('circle', { cx: 300, cy: 290, r: 70, fill: '#e76f51' });
            add('ellipse', { cx: 300, cy: 290, rx: 110, ry: 18, fill: 'none', stroke: '#f4a261', 'stroke-width': 6 });
            break;
        default: // room
            add('rect', { width: 400, height: 400, fill: '#f1e3d3' });
            add('rect', { y: 300, width: 400, height: 100, fill: '#b08968' });
            add('rect', { x: 240, y: 60, width: 120, height: 110, fill: '#bde0fe', stroke: '#7f5539', 'stroke-width': 8 });
            add('rect', { x: 40, y: 90, width: 70, height: 90, fill: '#ffafcc', stroke: '#6b705c', 'stroke-width': 6 });
    }
    return group;
}
