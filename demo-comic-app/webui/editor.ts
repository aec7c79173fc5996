// The comic editor: 1–4 panels, each with a background (colour, scene or photo) and speech bubbles
// and captions that can be added, moved, resized, edited and deleted; a bubble's tail is dragged
// to point at the speaker.
import uploadPhoto from '../src/domain/photo/upload';
import { h, clear, messageOf } from './dom';
import { s } from './svg';
import { panelSvg } from './comicSvg';
import { SCENE_NAMES } from './scenes';
import { PHOTO_MAX_BYTES, PANELS_MAX, TEXT_MAX } from '../src/domain/limits';
import type { Element as ComicElement, Panel } from '../src/domain/types';

const COLORS = ['#ffffff', '#ffd166', '#ef476f', '#06d6a0', '#118ab2', '#8ecae6', '#cdb4db', '#1b1b1f'];

type Drag = { kind: 'move' | 'resize' | 'tail', id: string, startX: number, startY: number, original: ComicElement };

export type Editor = { element: HTMLElement, panels: () => Panel[], showError: (text: string) => void };

export function createEditor(): Editor {
    const panels: Panel[] = [{ background: { kind: 'color', value: '#ffffff' }, elements: [] }];
    let current = 0;
    let selected: string | null = null;
    let drag: Drag | null = null;

    const strip = h('div', { className: 'panel-strip', role: 'toolbar', 'aria-label': 'Panels' });
    const canvasBox = h('div', { className: 'canvas', 'data-test': 'canvas' });
    const backgrounds = h('div', { className: 'tool-group' });
    const elementTools = h('div', { className: 'tool-group' });
    const error = h('p', { className: 'form-error', role: 'alert', 'data-test': 'editor-error' });
    const element = h('div', { className: 'editor' }, strip, h('div', { className: 'editor-body' }, canvasBox,
        h('div', { className: 'tools' }, backgrounds, elementTools)), error);

    const panel = () => panels[current];
    const find = (id: string | null) => panel().elements.find(item => item.id === id) ?? null;

    function render(): void {
        renderStrip();
        renderCanvas();
        renderBackgrounds();
        renderElementTools();
    }

    function renderStrip(): void {
        clear(strip, panels.map((item, index) => h('button', {
            className: `thumb ${index === current ? 'current' : ''}`, 'aria-pressed': String(index === current),
            'aria-label': `Panel ${index + 1}`, 'data-test': `panel-tab-${index + 1}`,
            onClick: () => { current = index; selected = null; render(); },
        }, panelSvg(item, `Panel ${index + 1}`))),
        panels.length < PANELS_MAX ? h('button', { className: 'thumb add', 'data-test': 'add-panel', onClick: () => {
            panels.push({ background: { ...panel().background }, elements: [] });
            current = panels.length - 1;
            selected = null;
            render();
        } }, '+', h('span', { className: 'sr-only' }, 'Add a panel')) : null,
        panels.length > 1 ? h('button', { className: 'secondary small', 'data-test': 'remove-panel', onClick: () => {
            panels.splice(current, 1);
            current = Math.max(0, current - 1);
            selected = null;
            render();
        } }, 'Remove panel') : null);
    }

    function renderCanvas(): void {
        const svg = panelSvg(panel(), `Panel ${current + 1} being edited`);
        svg.classList.add('editing');
        svg.querySelectorAll<SVGGElement>('g.element').forEach(group => {
            const id = group.dataset.id!;
            group.setAttribute('tabindex', '0');
            group.setAttribute('role', 'button');
            const item = find(id)!;
            group.setAttribute('aria-label', `${item.kind === 'bubble' ? 'Speech bubble' : 'Caption'}: ${item.text || 'empty'}`);
            group.addEventListener('pointerdown', event => start(event, 'move', id));
            group.addEventListener('keydown', event => nudge(event, id));
            group.addEventListener('focus', () => { if (selected !== id) { selected = id; renderElementTools(); markSelected(svg); } });
            if (!item.text) {
                group.querySelector('.words')!.textContent = item.kind === 'bubble' ? 'Say something…' : 'Caption…';
                group.querySelector('.words')!.classList.add('placeholder');
            }
        });
        const item = find(selected);
        if (item) {
            const x = item.x * 4, y = item.y * 4, width = item.width * 4, height = item.height * 4;
            svg.append(s('rect', { x: x - 4, y: y - 4, width: width + 8, height: height + 8, class: 'selection' }));
            const resize = s('rect', { x: x + width - 8, y: y + height - 8, width: 18, height: 18, class: 'handle', 'data-test': 'resize-handle' });
            resize.addEventListener('pointerdown', event => start(event as PointerEvent, 'resize', item.id));
            svg.append(resize);
            if (item.tail) {
                const tail = s('circle', { cx: item.tail.x * 4, cy: item.tail.y * 4, r: 10, class: 'handle tail', 'data-test': 'tail-handle' });
                tail.addEventListener('pointerdown', event => start(event as PointerEvent, 'tail', item.id));
                svg.append(tail);
            }
        }
        svg.addEventListener('pointermove', event => move(event, svg));
        svg.addEventListener('pointerup', () => { if (drag) { drag = null; render(); } });
        svg.addEventListener('pointerdown', event => {
            if (event.target === svg || (event.target as Element).closest('g.element') === null && !(event.target as Element).classList.contains('handle')) {
                selected = null;
                render();
            }
        });
        clear(canvasBox, svg);
    }

    function markSelected(svg: SVGSVGElement): void {
        svg.querySelectorAll('g.element').forEach(group => group.classList.toggle('chosen', (group as SVGGElement).dataset.id === selected));
    }

    function start(event: PointerEvent, kind: Drag['kind'], id: string): void {
        event.stopPropagation();
        event.preventDefault();
        const item = find(id)!;
        selected = id;
        drag = { kind, id, startX: event.clientX, startY: event.clientY, original: structuredClone(item) };
        (event.currentTarget as Element).closest('svg')!.setPointerCapture(event.pointerId);
        renderElementTools();
    }

    function move(event: PointerEvent, svg: SVGSVGElement): void {
        if (!drag) return;
        const box = svg.getBoundingClientRect();
        const dx = (event.clientX - drag.startX) / box.width * 100;
        const dy = (event.clientY - drag.startY) / box.height * 100;
        const item = find(drag.id)!;
        const o = drag.original;
        if (drag.kind === 'move') {
            item.x = clamp(o.x + dx, 0, 100 - o.width);
            item.y = clamp(o.y + dy, 0, 100 - o.height);
            if (o.tail) item.tail = { x: clamp(o.tail.x + dx, 0, 100), y: clamp(o.tail.y + dy, 0, 100) };
        } else if (drag.kind === 'resize') {
            item.width = clamp(o.width + dx, 12, 100 - o.x);
            item.height = clamp(o.height + dy, 8, 100 - o.y);
        } else {
            item.tail = { x: clamp(o.tail!.x + dx, 0, 100), y: clamp(o.tail!.y + dy, 0, 100) };
        }
        const captured = drag;
        renderCanvas();
        drag = captured;
        canvasBox.querySelector('svg')!.setPointerCapture(event.pointerId);
    }

    function nudge(event: KeyboardEvent, id: string): void {
        const steps: Record<string, [number, number]> = { ArrowLeft: [-2, 0], ArrowRight: [2, 0], ArrowUp: [0, -2], ArrowDown: [0, 2] };
        const item = find(id)!;
        if (event.key === 'Delete' || event.key === 'Backspace') { remove(id); return; }
        const step = steps[event.key];
        if (!step) return;
        event.preventDefault();
        item.x = clamp(item.x + step[0], 0, 100 - item.width);
        item.y = clamp(item.y + step[1], 0, 100 - item.height);
        if (item.tail) item.tail = { x: clamp(item.tail.x + step[0], 0, 100), y: clamp(item.tail.y + step[1], 0, 100) };
        render();
        canvasBox.querySelector<SVGGElement>(`g[data-id="${id}"]`)?.focus();
    }

    function renderBackgrounds(): void {
        const photo = h('input', { type: 'file', accept: 'image/png,image/jpeg,image/gif,image/webp', id: 'photo-input', className: 'sr-only', 'data-test': 'photo-input' });
        photo.addEventListener('change', async () => {
            const file = photo.files?.[0];
            if (!file) return;
            error.textContent = '';
            if (file.size > PHOTO_MAX_BYTES) {
                error.textContent = `This photo is ${(file.size / 1048576).toFixed(1)} MB; the largest is 1 MB. Try a smaller one.`;
                return;
            }
            try {
                const id = await uploadPhoto(new Uint8Array(await file.arrayBuffer()), file.type);
                panel().background = { kind: 'photo', value: id };
                render();
            } catch (failure) {
                error.textContent = messageOf(failure);
            }
        });
        const background = panel().background;
        clear(backgrounds, h('h3', {}, 'Background'),
            h('div', { className: 'swatches', role: 'group', 'aria-label': 'Colours' }, COLORS.map(color => h('button', {
                className: 'swatch', style: { background: color }, 'aria-label': `Colour ${color}`,
                'aria-pressed': String(background.kind === 'color' && background.value === color),
                onClick: () => { panel().background = { kind: 'color', value: color }; render(); },
            }))),
            h('div', { className: 'scenes', role: 'group', 'aria-label': 'Scenes' }, Object.entries(SCENE_NAMES).map(([scene, name]) => h('button', {
                className: 'chip', 'aria-pressed': String(background.kind === 'scene' && background.value === scene), 'data-test': `scene-${scene}`,
                onClick: () => { panel().background = { kind: 'scene', value: scene }; render(); },
            }, name))),
            h('label', { className: 'button secondary small', for: 'photo-input' }, 'Upload a photo (max 1 MB)'), photo);
    }

    function renderElementTools(): void {
        const item = find(selected);
        const add = (kind: 'bubble' | 'caption') => {
            const id = crypto.randomUUID();
            const base = kind === 'bubble'
                ? { x: 28, y: 8, width: 44, height: 22, tail: { x: 40, y: 62 } }
                : { x: 2, y: 86, width: 96, height: 12 };
            panel().elements.push({ id, kind, text: '', ...base });
            selected = id;
            render();
            element.querySelector<HTMLTextAreaElement>('#element-text')?.focus();
        };
        clear(elementTools, h('h3', {}, 'Words'),
            h('div', { className: 'row' },
                h('button', { className: 'secondary small', 'data-test': 'add-bubble', onClick: () => add('bubble') }, '+ Speech bubble'),
                h('button', { className: 'secondary small', 'data-test': 'add-caption', onClick: () => add('caption') }, '+ Caption')),
            item ? h('div', { className: 'element-form' },
                h('label', { for: 'element-text' }, item.kind === 'bubble' ? 'Bubble text' : 'Caption text'),
                h('textarea', { id: 'element-text', rows: 3, maxlength: TEXT_MAX, value: item.text, 'data-test': 'element-text',
                    onInput: (event: Event) => { item.text = (event.target as HTMLTextAreaElement).value; renderCanvas(); renderStrip(); } }),
                h('p', { className: 'muted hint' }, item.kind === 'bubble'
                    ? 'Drag the bubble to move it, the square to resize it, the dot to point its tail at the speaker. Arrow keys move it too.'
                    : 'Drag to move, the square to resize.'),
                h('button', { className: 'danger small', 'data-test': 'delete-element', onClick: () => remove(item.id) }, 'Delete'))
                : h('p', { className: 'muted hint' }, panel().elements.length ? 'Select a bubble or caption to edit it.' : 'Add a speech bubble or a caption.'));
    }

    function remove(id: string): void {
        panel().elements = panel().elements.filter(item => item.id !== id);
        selected = null;
        render();
    }

    render();
    return {
        element,
        panels: () => structuredClone(panels),
        showError: text => { error.textContent = text; },
    };
}

function clamp(value: number, low: number, high: number): number {
    return Math.min(Math.max(value, low), Math.max(low, high));
}
