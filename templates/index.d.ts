/** Absolute path of the folder holding the default templates (one sub-folder per generator). */
export declare const defaultTemplatesDir: string;
