// Making SVG elements.
export const SVG_NS = 'http://www.w3.org/2000/svg';

export function s(tag: string, attributes: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElement {
    const element = document.createElementNS(SVG_NS, tag) as SVGElement;
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    element.append(...children);
    return element;
}
