// 'jitar' is an alias of 'cleave': the same classes, so `instanceof` agrees whichever name was imported.
export * from './cleave.mjs';
