// Checks a comic from the editor and returns a clean copy: only known fields, numbers in range.
import { InvalidComic, EmptyComic } from '../errors';
import { PANELS_MIN, PANELS_MAX, ELEMENTS_MAX, TEXT_MAX, SCENES } from '../limits';
import type { Panel, Element, Background } from '../types';

const COLOR = /^#[0-9a-f]{6}$/i;
const PHOTO_ID = /^photo-[0-9a-f-]{36}$/;

export default function validateComic(panels: unknown): Panel[] {
    if (!Array.isArray(panels) || panels.length < PANELS_MIN || panels.length > PANELS_MAX) {
        throw new InvalidComic(`A comic has ${PANELS_MIN} to ${PANELS_MAX} panels.`);
    }
    const clean = panels.map((panel, index) => cleanPanel(panel, index + 1));
    if (clean.every(panel => panel.elements.length === 0)) throw new EmptyComic();
    return clean;
}

function cleanPanel(panel: any, number: number): Panel {
    if (panel === null || typeof panel !== 'object') throw new InvalidComic(`Panel ${number} is not a panel.`);
    const elements = Array.isArray(panel.elements) ? panel.elements : [];
    if (elements.length > ELEMENTS_MAX) throw new InvalidComic(`Panel ${number} has more than ${ELEMENTS_MAX} bubbles and captions.`);
    return { background: cleanBackground(panel.background, number), elements: elements.map((element: any) => cleanElement(element, number)) };
}

function cleanBackground(background: any, number: number): Background {
    const kind = background?.kind;
    const value = String(background?.value ?? '');
    if (kind === 'color' && COLOR.test(value)) return { kind, value: value.toLowerCase() };
    if (kind === 'scene' && SCENES.includes(value)) return { kind, value };
    if (kind === 'photo' && PHOTO_ID.test(value)) return { kind, value };
    throw new InvalidComic(`Panel ${number} needs a background: a colour, a scene or a photo.`);
}

function cleanElement(element: any, number: number): Element {
    if (element?.kind !== 'bubble' && element?.kind !== 'caption') throw new InvalidComic(`Panel ${number} has an unknown element.`);
    const text = String(element.text ?? '').trim();
    const what = element.kind === 'bubble' ? 'speech bubble' : 'caption';
    if (text.length === 0) throw new InvalidComic(`A ${what} in panel ${number} has no text: write something or delete it.`);
    if (text.length > TEXT_MAX) throw new InvalidComic(`A ${what} in panel ${number} is longer than ${TEXT_MAX} characters.`);
    const clean: Element = {
        id: String(element.id ?? crypto.randomUUID()).slice(0, 40), kind: element.kind, text,
        x: percent(element.x), y: percent(element.y),
        width: Math.max(10, percent(element.width)), height: Math.max(8, percent(element.height)),
    };
    if (element.kind === 'bubble' && element.tail) clean.tail = { x: percent(element.tail.x), y: percent(element.tail.y) };
    return clean;
}

function percent(value: unknown): number {
    const number = Number(value);
    if (!Number.isFinite(number)) return 0;
    return Math.round(Math.min(100, Math.max(0, number)) * 10) / 10;
}
