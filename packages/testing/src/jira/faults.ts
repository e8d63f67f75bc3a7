import type { FaultHandle, FaultInjector, FaultSpec } from './types.js';

export const MAX_FAULT_DELAY_MS = 60_000;
const API_PREFIX = '/rest/api/3';

class Fault implements FaultHandle {
  hits = 0;
  remaining: number;

  constructor(
    readonly spec: Readonly<FaultSpec>,
    private readonly owner: FaultList,
  ) {
    this.remaining = spec.times ?? 1;
  }

  matches(method: string, path: string): boolean {
    const { spec } = this;
    if (spec.method !== undefined && spec.method.toUpperCase() !== method.toUpperCase()) return false;
    if (spec.path === undefined) return true;
    if (spec.path instanceof RegExp) {
      spec.path.lastIndex = 0; // a /g or /y RegExp would otherwise match only every other time
      return spec.path.test(path);
    }
    return path === spec.path || path === API_PREFIX + spec.path;
  }

  cancel(): void {
    this.remaining = 0;
    this.owner.prune();
  }
}

/** Faults in the order added; the first pending match answers and uses up one of its `times`. */
export class FaultList implements FaultInjector {
  private faults: Fault[] = [];

  add(spec: FaultSpec): FaultHandle {
    validate(spec);
    const fault = new Fault({ ...spec }, this);
    this.faults.push(fault);
    return fault;
  }

  get pending(): readonly FaultHandle[] {
    return this.faults.filter((f) => f.remaining > 0);
  }

  clear(): void {
    for (const f of this.faults) f.remaining = 0;
    this.faults = [];
  }

  /** Consume one use of the first fault matching the request, if any. */
  take(method: string, path: string): Readonly<FaultSpec> | undefined {
    const fault = this.faults.find((f) => f.remaining > 0 && f.matches(method, path));
    if (fault === undefined) return undefined;
    fault.remaining -= 1;
    fault.hits += 1;
    this.prune();
    return fault.spec;
  }

  prune(): void {
    this.faults = this.faults.filter((f) => f.remaining > 0);
  }
}

function validate(spec: FaultSpec): void {
  if (spec.status === undefined && spec.delayMs === undefined && !spec.hang) {
    throw new TypeError('A fault needs a status, a delayMs, hang, or a status with afterHandling.');
  }
  if (spec.afterHandling && spec.status === undefined && !spec.hang) {
    throw new TypeError('An afterHandling fault needs the status to answer after the work.');
  }
  if (
    spec.status !== undefined &&
    !(Number.isInteger(spec.status) && spec.status >= 100 && spec.status <= 599)
  ) {
    throw new RangeError(`Fault status must be an HTTP status code, got ${spec.status}.`);
  }
  const times = spec.times ?? 1;
  if (!(times === Number.POSITIVE_INFINITY || (Number.isInteger(times) && times >= 1))) {
    throw new RangeError(`Fault times must be a positive integer or Infinity, got ${times}.`);
  }
  if (spec.delayMs !== undefined && !(spec.delayMs >= 0 && spec.delayMs <= MAX_FAULT_DELAY_MS)) {
    throw new RangeError(`Fault delayMs must be between 0 and ${MAX_FAULT_DELAY_MS}, got ${spec.delayMs}.`);
  }
}

/** Default body for an injected status, in Jira's error-collection shape. */
export function defaultFaultBody(status: number): {
  errorMessages: string[];
  errors: Record<string, string>;
} {
  const message =
    status === 401
      ? 'Client must be authenticated to access this resource.'
      : status === 403
        ? 'You do not have permission to perform this operation.'
        : status === 404
          ? 'The requested resource could not be found.'
          : status === 429
            ? 'Rate limit exceeded.'
            : status >= 500
              ? 'Internal server error.'
              : `Injected fault ${status}.`;
  return { errorMessages: [message], errors: {} };
}
