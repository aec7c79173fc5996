// What the seed writes: creators (all with the password below, for trying the demo), who follows whom, and comics.
export const PASSWORD = 'comics-demo';

export const CREATORS = [
    { nickname: 'mara', fullName: 'Mara Okafor' },
    { nickname: 'tomas', fullName: 'Tomás Reyes' },
    { nickname: 'juno', fullName: 'Juno Park' },
    { nickname: 'kit', fullName: 'Kit Watanabe' },
];

export const FOLLOWS: [string, string][] = [['mara', 'juno'], ['tomas', 'mara'], ['juno', 'mara'], ['kit', 'tomas'], ['kit', 'mara']];

const bubble = (text: string, x: number, y: number, tailX: number, tailY: number) =>
    ({ kind: 'bubble', text, x, y, width: 46, height: 22, tail: { x: tailX, y: tailY } });
const caption = (text: string, y = 2) => ({ kind: 'caption', text, x: 2, y, width: 96, height: 12 });

export const COMICS = [
    {
        by: 'mara', likedBy: ['tomas', 'juno'], comment: { by: 'juno', text: 'The last panel got me 😂' },
        panels: [
            { background: { kind: 'scene', value: 'city' }, elements: [caption('Monday, 8:59'), bubble('I will be on time today.', 6, 20, 30, 70)] },
            { background: { kind: 'color', value: '#ffd166' }, elements: [bubble('Bus is late.', 50, 14, 62, 70)] },
            { background: { kind: 'scene', value: 'room' }, elements: [bubble('Meeting moved to Tuesday.', 8, 12, 20, 75), caption('…of course it did.', 84)] },
        ],
    },
    {
        by: 'juno', likedBy: ['mara'], comment: null,
        panels: [
            { background: { kind: 'scene', value: 'space' }, elements: [bubble('Houston, we have snacks.', 10, 12, 40, 68)] },
            { background: { kind: 'scene', value: 'space' }, elements: [bubble('Only crumbs left.', 48, 16, 60, 72), caption('Day 3 in orbit')] },
        ],
    },
    {
        by: 'tomas', likedBy: ['kit', 'mara', 'juno'], comment: { by: 'kit', text: 'Every weekend, honestly.' },
        panels: [
            { background: { kind: 'scene', value: 'park' }, elements: [bubble('Perfect day for a picnic!', 6, 10, 28, 72)] },
            { background: { kind: 'color', value: '#8ecae6' }, elements: [caption('Five minutes later')] },
            { background: { kind: 'color', value: '#6c757d' }, elements: [bubble('Who packed the umbrella?', 40, 20, 55, 75)] },
            { background: { kind: 'scene', value: 'room' }, elements: [bubble('Indoor picnic it is.', 8, 14, 30, 74)] },
        ],
    },
    {
        by: 'kit', likedBy: ['tomas'], comment: null,
        panels: [
            { background: { kind: 'scene', value: 'beach' }, elements: [bubble('The sea is so calm.', 8, 12, 25, 70)] },
        ],
    },
    {
        by: 'mara', likedBy: ['kit'], comment: null,
        panels: [
            { background: { kind: 'color', value: '#e0fbfc' }, elements: [bubble('Draw a comic a day, they said.', 6, 10, 30, 76)] },
            { background: { kind: 'color', value: '#ffadad' }, elements: [bubble('It will be relaxing, they said.', 50, 40, 60, 85), caption('Day 41')] },
        ],
    },
];
