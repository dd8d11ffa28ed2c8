/**
 * recheck's browser build: the same pure-JavaScript checker as its Node entry, without the
 * helper worker (synckit) that the Node entry loads from a file next to itself, a file that
 * does not survive bundling into dist/.
 */
declare module 'recheck/lib/browser.js' {
  export { checkSync } from 'recheck';
}
