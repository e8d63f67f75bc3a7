// The site encodes 24,000 pages (130 MiB at 2,000 roles). TextEncoder.encode gives each its own
// ArrayBuffer, and allocating that many buffers outside the heap (each a finaliser for the garbage
// collector) cost more than encoding the text. So pages are encoded into large shared buffers and
// each artifact is a view of its part of one; the bytes are the same.

const encoder = new TextEncoder();

/** How much one shared buffer holds; a longer text gets a buffer of its own size. */
export const CHUNK = 4 * 1024 * 1024;

/** Encodes texts as UTF-8 into shared buffers; one per generator run, dropped with its artifacts. */
export class ByteArena {
  private buffer = new Uint8Array(0);
  private used = 0;
  /** Buffers allocated so far, for tests (that they are shared, not one per text). */
  buffers = 0;

  encode(text: string): Uint8Array {
    // Try the space left first: a text that does not fit is encoded again into a fresh buffer.
    let { read, written } = encoder.encodeInto(text, this.buffer.subarray(this.used));
    if (read < text.length) {
      // UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
      this.buffer = new Uint8Array(Math.max(CHUNK, text.length * 3));
      this.buffers++;
      this.used = 0;
      ({ written } = encoder.encodeInto(text, this.buffer));
    }
    const bytes = this.buffer.subarray(this.used, this.used + written);
    this.used += written;
    return bytes;
  }
}

/** Strings flat() was given, for tests (that the person pages' shared parts are flattened). */
export const flattened = { count: 0, last: 0 };

/**
 * `text`, flattened: Handlebars builds its output by concatenation, a tree of thousands of small
 * pieces that encoding walks. A role's parts of its holders' pages (access, checklist) are walked
 * again in every holder's page, 20,000 at 2,000 roles, unless flat: V8 flattens a string in place
 * to read it as a number, so every page that joins it walks one piece. Half the person pages'
 * encoding time.
 */
export function flat(text: string): string {
  // Stored, so the conversion is not dropped as unused.
  flattened.last = Number(text);
  flattened.count++;
  return text;
}
