/** Reading and editing `.env` files the way dotenv and dotenv-expand read them. */
export {
  parseDotenv,
  duplicateKeys,
  type DotenvEntry,
  type DotenvNotice,
  type ParsedDotenv,
} from './parse.js';
export {
  findReferences,
  isOnlyReferences,
  type EnvReference,
  type ValueReferences,
} from './references.js';
export { removeEntries, exampleText } from './rewrite.js';
