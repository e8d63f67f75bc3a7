import type { OptionsSchema } from '@rolekit/core';
import type { PageSize } from './pdf.js';
import type { RoleOrder } from './view.js';

/** Options of the raci generator (set with --option raci.KEY=VALUE). */
export interface RaciOptions {
  /** Only these roles' sheets (roles/<id>.pdf); the matrix, CSV and Markdown always cover every role. */
  roles?: string[];
  /** Paper for raci.pdf, landscape: A4 (default, 24 role columns a band) or A3 (39 a band). */
  pageSize: PageSize;
  /** Column order: by family then title (default), or by first appearance in activities.yaml. */
  order: RoleOrder;
  /** Write roles/<id>.pdf, one sheet per role (default true). */
  roleSheets: boolean;
  /** Start raci.csv with a UTF-8 byte order mark, so that Excel opens it as UTF-8 (default false). */
  bom: boolean;
}

export const defaultOptions: RaciOptions = { pageSize: 'A4', order: 'family', roleSheets: true, bom: false };

/** Every option, as the CLI reads and the docs describe it. */
export const optionsSchema: OptionsSchema<RaciOptions> = {
  roles: { type: 'list', internal: true, description: 'only these roles’ sheets (set by --role)' },
  pageSize: {
    type: 'string',
    values: ['A4', 'A3'],
    description: 'paper for raci.pdf, landscape (default A4)',
  },
  order: {
    type: 'string',
    values: ['family', 'appearance'],
    description: 'column order: by family then title (default), or by first appearance among the activities',
  },
  roleSheets: { type: 'boolean', description: 'write roles/<id>.pdf, one sheet per role (default true)' },
  bom: { type: 'boolean', description: 'start raci.csv with a byte order mark, for Excel (default false)' },
};

/** The values each option accepts, in the order its hint suggests them. */
export const OPTION_VALUES = {
  pageSize: ['A4', 'A3'],
  order: ['family', 'appearance'],
  roleSheets: [true, false],
  bom: [false, true],
} as const;
