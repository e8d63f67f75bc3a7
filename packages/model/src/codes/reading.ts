import { section } from './section.js';

export const reading = section({
  heading: 'Reading the files (RK001–RK009)',
  codes: {
    RK001: {
      title: 'YAML syntax error',
      severity: 'error',
      cause:
        'The file is not valid YAML (an unclosed quote, bad indentation, a tab), or holds more than one document (`---`).',
      fix: 'Fix the YAML at the line and column given; keep one document per file.',
    },
    RK002: {
      title: 'Duplicate key',
      severity: 'error',
      cause:
        'A key appears twice in the same mapping; YAML would silently keep one of them. In a people CSV file: two columns mean the same field.',
      fix: 'Remove or rename one of the two keys.',
    },
    RK003: {
      title: 'Empty file',
      severity: 'error',
      cause: 'The file has no content (or only comments).',
      fix: 'Add its content or delete the file.',
    },
    RK004: {
      title: 'File too large or too deep',
      severity: 'error',
      cause:
        'The file is over 16 MiB, nests deeper than 32 levels, or expands too many YAML aliases (a "billion laughs" file).',
      fix: 'Split the file; flatten the structure; write values out instead of anchors and aliases.',
    },
    RK005: {
      title: 'Not text',
      severity: 'error',
      cause: 'The file is not UTF-8 text (a binary or a file in another encoding) or cannot be read.',
      fix: 'Save it as UTF-8, fix its permissions, or move it out of the model directory.',
    },
    RK006: {
      title: 'Missing model part',
      severity: 'error',
      cause: 'The directory does not exist, or has no `organisation.yaml`, or no role under `roles/`.',
      fix: 'Point rolekit at the directory that holds `organisation.yaml` and `roles/`.',
    },
    RK007: {
      title: 'Unknown file',
      severity: 'warning',
      cause: "A `.yaml` file that is not one of the model's files; it is ignored.",
      fix: 'Rename it to a model file or move it elsewhere.',
    },
    RK008: {
      title: 'Not a file rolekit reads',
      severity: 'error',
      cause:
        'A model file (or `roles/`) is a symbolic link that leaves the model folder or points nowhere, or a `.yaml` name is a folder or a special file. Links that stay inside the model folder are followed.',
      fix: 'Copy the file into the model folder, point the link inside it, or rename or remove the entry.',
    },
    RK009: {
      title: 'Not a readable CSV file',
      severity: 'error',
      cause:
        'A people CSV file (`people.csv`, `people/<name>.csv`) is not CSV at some cell: a quote never closed, a quote inside an unquoted cell, text after a closing quote, or a row with more or fewer cells than the heading row.',
      fix: 'Quote cells that hold a comma, a quote (doubled: `""`) or a line break; give every row as many cells as the heading row.',
    },
  },
});
