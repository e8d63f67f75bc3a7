/** Why a request broke the contract the Jira Cloud REST reference documents. */
export type ViolationKind =
  /** No documented route has this path. */
  | 'unknown-route'
  /** The path exists but not for this method. */
  | 'method-not-allowed'
  | 'invalid-json'
  | 'unsupported-media-type'
  | 'body-too-large'
  /** The body breaks the documented JSON shape (missing required field, wrong type, extra field). */
  | 'schema'
  | 'unknown-permission'
  | 'unknown-holder-type'
  /** A query parameter has a value the operation does not accept. */
  | 'invalid-query'
  /** A path parameter that must be an integer is not one. */
  | 'invalid-path-param'
  /** The body names a group, project role, user or scheme that does not exist. */
  | 'unknown-reference'
  /** A grant with the same permission and holder is already in the scheme (or twice in the body). */
  | 'duplicate-grant'
  /** A permission scheme or project role with that name already exists. */
  | 'duplicate-name'
  /** Jira refuses the operation in the current state (e.g. deleting the default scheme). */
  | 'rejected'
  /** The stand-in's request budget ran out; usually a client retrying forever. */
  | 'request-limit';

export interface Violation {
  kind: ViolationKind;
  method: string;
  /** Path without the query string. */
  path: string;
  /** The status the stand-in answered with. */
  status: number;
  /** Human-readable reasons, one per problem found. */
  messages: string[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** Query parameters; repeated names become arrays, as Jira's multi-value parameters are repeated. */
  query: Record<string, string | string[]>;
  status: number;
  /** Whether the method changes state (anything but GET and HEAD). */
  write: boolean;
  /** Parsed JSON body of writes, for asserting what a client sent. Credentials never appear here. */
  body?: unknown;
  /** Set when an injected fault answered instead of the stand-in. */
  fault?: true;
}

export interface FaultSpec {
  /** Only requests with this method (case-insensitive); any method when omitted. */
  method?: string;
  /**
   * Only requests whose path (without query) equals this string, either in full
   * (`/rest/api/3/permissionscheme`) or relative to `/rest/api/3` (`/permissionscheme`), or matches
   * this RegExp (tested against the full path). Any path when omitted.
   */
  path?: string | RegExp;
  /** Status to answer with. When omitted the request is only delayed, then handled normally. */
  status?: number;
  headers?: Record<string, string>;
  /** JSON body (objects) or text (strings). Defaults to a Jira error collection for the status. */
  body?: unknown;
  /** How many matching requests this fault answers. Default 1; `Infinity` for all. */
  times?: number;
  /** Wait this long before answering (capped at 60 s so a test cannot hang forever). */
  delayMs?: number;
  /**
   * Never answer: the connection stays open until the client gives up or the stand-in closes, like
   * a server (or a proxy in front of it) that accepted the request and went silent. With
   * `afterHandling`, the request is handled first (its writes happen), then nothing is answered.
   */
  hang?: boolean;
  /**
   * Handle the request first (its writes happen), then answer `status` instead of the real answer
   * (a 502 from a proxy after Jira did the work), or, with `hang`, answer nothing. Needs a status or hang.
   */
  afterHandling?: boolean;
}

export interface FaultHandle {
  readonly spec: Readonly<FaultSpec>;
  /** How many requests this fault has answered so far. */
  readonly hits: number;
  /** How many more requests it will answer. */
  readonly remaining: number;
  cancel(): void;
}

export interface FaultInjector {
  add(spec: FaultSpec): FaultHandle;
  /** Faults that still have uses left, in the order they were added. */
  readonly pending: readonly FaultHandle[];
  clear(): void;
}
