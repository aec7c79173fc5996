// What the seed writes: creators (all with the password below, for trying the demo), who follows whom, and comics.
export const PASSWORD = 'comics-demo';

/**
 * PASSWORD hashed for each creator ahead of time (PBKDF2-HMAC-SHA-256, own salt, 20 000 iterations,
 * made with Python's hashlib.pbkdf2_hmac): a setUp module must finish within one call timeout, and
 * four slow hashes on a cold node of a busy machine may not.
 */
export const HASHES: Record<string, { salt: string, hash: string, iterations: number }> = {
    mara: { salt: 'f44a97060db481c7245a1e19c5e03f5e', hash: '58111c2d0cc197fa04d30445f6a2a3e315c732d1c7cf937d12bdc2221d9d5b07', iterations: 20_000 },
    tomas: { salt: '37f7805726639f579aeadf514d3a2907', hash: '7ede9095460a87ddebed4128b60fdf2a680e65d2e0e97b772fc79c123b0950c2', iterations: 20_000 },
    juno: { salt: '2607c0b99efd8932800dee4146586bed', hash: '0e447bd39c35293b35291cb5c119426be9233c5849fb49e7af79b7689a66f586', iterations: 20_000 },
    kit: { salt: '519009133a343b478e7377acbee90e46', hash: '91ce7d8aea93731dea4b65af6b6eb3b54ca838cd0165b68fa76d217b1a96acb8', iterations: 20_000 },
};

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
