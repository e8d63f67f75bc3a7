import { fileURLToPath } from 'node:url';

/** Absolute path of the folder holding the default templates (one sub-folder per generator). */
export const defaultTemplatesDir = fileURLToPath(new URL('.', import.meta.url));
