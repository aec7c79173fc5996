// Cleave's built-in module. Application code imports it as 'cleave' or, unchanged from Jitar, as 'jitar'.
//
// errors.mjs and request.mjs are browser-client's files, copied here by the build, so the browser
// and the server have the same error classes and the same middleware types.

export * from './errors.mjs';
export { Request, Response } from './request.mjs';
