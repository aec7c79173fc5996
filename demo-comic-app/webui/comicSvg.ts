// Draws a panel of a comic as SVG: its background, then bubbles (with tails) and captions.
import { s, SVG_NS } from './svg';
import { scene } from './scenes';
import { photoUrl } from './photos';
import type { Comic, Element as ComicElement, Panel } from '../src/domain/types';

const SIZE = 400;
const at = (percent: number) => percent * SIZE / 100;

export function panelSvg(panel: Panel, label: string): SVGSVGElement {
    const svg = s('svg', { viewBox: `0 0 ${SIZE} ${SIZE}`, role: 'img', 'aria-label': label, class: 'panel' }) as SVGSVGElement;
    svg.append(background(panel), ...panel.elements.map(element => elementSvg(element)));
    return svg;
}

export function background(panel: Panel): SVGElement {
    const { kind, value } = panel.background;
    if (kind === 'scene') return scene(value);
    if (kind === 'photo') {
        const group = s('g', {}, s('rect', { width: SIZE, height: SIZE, fill: '#dee2e6' }));
        const image = s('image', { width: SIZE, height: SIZE, preserveAspectRatio: 'xMidYMid slice' });
        group.append(image);
        photoUrl(value).then(url => image.setAttribute('href', url), () => group.append(
            s('text', { x: 200, y: 200, 'text-anchor': 'middle', 'font-size': 18, fill: '#495057' }, 'photo not available')));
        return group;
    }
    return s('rect', { width: SIZE, height: SIZE, fill: value });
}

/** A bubble or caption; the editor adds its handles to the returned group. */
export function elementSvg(element: ComicElement): SVGGElement {
    const x = at(element.x), y = at(element.y), width = at(element.width), height = at(element.height);
    const group = s('g', { class: `element ${element.kind}`, 'data-id': element.id }) as SVGGElement;
    if (element.kind === 'bubble') {
        const tail = element.tail ? tailPath(x, y, width, height, at(element.tail.x), at(element.tail.y)) : '';
        const outline = { fill: '#000', stroke: '#1b1b1f', 'stroke-width': 6, 'stroke-linejoin': 'round' };
        if (tail) group.append(s('path', { d: tail, ...outline }));
        group.append(s('rect', { x, y, width, height, rx: Math.min(width, height) / 2.2, ...outline }));
        if (tail) group.append(s('path', { d: tail, fill: '#fff' }));
        group.append(s('rect', { x, y, width, height, rx: Math.min(width, height) / 2.2, fill: '#fff' }));
    } else {
        group.append(s('rect', { x, y, width, height, fill: '#fff3bf', stroke: '#1b1b1f', 'stroke-width': 3 }));
    }
    const text = s('foreignObject', { x: x + 8, y: y + 4, width: Math.max(0, width - 16), height: Math.max(0, height - 8) });
    const box = document.createElementNS('http://www.w3.org/1999/xhtml', 'div');
    box.setAttribute('class', `words ${element.kind}`);
    box.textContent = element.text;
    text.append(box);
    group.append(text);
    return group;
}

function tailPath(x: number, y: number, width: number, height: number, tipX: number, tipY: number): string {
    const cx = x + width / 2, cy = y + height / 2;
    const dx = tipX - cx, dy = tipY - cy;
    const length = Math.hypot(dx, dy) || 1;
    const base = Math.min(width, height) * 0.3;
    const px = -dy / length * base, py = dx / length * base;
    return `M${cx + px} ${cy + py} L${tipX} ${tipY} L${cx - px} ${cy - py} Z`;
}

/** Every panel of a comic, in a grid that suits its count. */
export function comicView(comic: Comic, title: string): HTMLElement {
    const strip = document.createElement('div');
    strip.className = `comic panels-${comic.panels.length}`;
    strip.setAttribute('role', 'group');
    strip.setAttribute('aria-label', title);
    comic.panels.forEach((panel, index) => strip.append(panelSvg(panel, `panel ${index + 1}: ${panel.elements.map(e => e.text).join(' — ')}`)));
    return strip;
}

export { SVG_NS };
