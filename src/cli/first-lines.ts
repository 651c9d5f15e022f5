/**
 * The line of the first record that had each key (a NIK, an id), for the checks across records
 * of a whole file. Held in Maps of strings, a million distinct NIKs and ids raised the CLI's
 * peak memory by about 380 MB (the strings, the Maps, and the room the collector keeps beside
 * them). Here the keys are Latin-1 bytes in one growing buffer and the table is typed arrays,
 * off the JS heap: about 32 bytes a NIK, 41 an id of 25 characters (the key's bytes grow by half
 * when full, the tables double). Keys with other characters go to a Map.
 */

const EMPTY = -1;
const MAX = 0xffff_ffff;

/** FNV-1a over the UTF-16 code units of a string, 32 bits. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** {@link hash} of a key held as bytes. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= bytes[i] as number;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function latin1(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 0xff) return false;
  return true;
}

/** A table of keys and the first line each was seen on. */
export interface FirstLines {
  /** The first line `key` was seen on; records `line` for it when it is new (and gives undefined). */
  firstOrAdd(key: string, line: number): number | undefined;
  /** Keys held. */
  readonly size: number;
}

export function createFirstLines(): FirstLines {
  let slots = new Int32Array(1024).fill(EMPTY); // entry index, by hash (open addressing)
  let starts = new Uint32Array(513); // entry i's bytes are bytes[starts[i], starts[i + 1])
  let lines = new Uint32Array(512);
  let bytes = new Uint8Array(1 << 14);
  let n = 0;
  const other = new Map<string, number>();

  const same = (e: number, key: string): boolean => {
    const start = starts[e] as number;
    if ((starts[e + 1] as number) - start !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (bytes[start + i] !== key.charCodeAt(i)) return false;
    return true;
  };
  const grow = () => {
    if (n === lines.length) {
      const size = lines.length * 2;
      const s = new Uint32Array(size + 1);
      s.set(starts);
      starts = s;
      const l = new Uint32Array(size);
      l.set(lines);
      lines = l;
    }
    if ((n + 1) * 2 > slots.length) {
      const next = new Int32Array(slots.length * 2).fill(EMPTY);
      const mask = next.length - 1;
      for (let e = 0; e < n; e++) {
        let i = hashBytes(bytes, starts[e] as number, starts[e + 1] as number) & mask;
        while (next[i] !== EMPTY) i = (i + 1) & mask;
        next[i] = e;
      }
      slots = next;
    }
  };

  return {
    firstOrAdd(key, line) {
      const table = latin1(key);
      const h = table ? hash(key) : 0;
      if (table) {
        const mask = slots.length - 1;
        for (let i = h & mask; slots[i] !== EMPTY; i = (i + 1) & mask) {
          const e = slots[i] as number;
          if (same(e, key)) return lines[e];
        }
      }
      const first = other.get(key);
      if (first !== undefined) return first;
      // Other characters, past 2³² lines or 4 GiB of keys (never in practice): the Map.
      if (!table || line > MAX || (starts[n] as number) + key.length > MAX) {
        other.set(key, line);
        return undefined;
      }
      grow();
      const start = starts[n] as number;
      const end = start + key.length;
      if (end > bytes.length) {
        const b = new Uint8Array(Math.max(Math.ceil(bytes.length * 1.5), end));
        b.set(bytes);
        bytes = b;
      }
      for (let k = 0; k < key.length; k++) bytes[start + k] = key.charCodeAt(k);
      lines[n] = line;
      starts[n + 1] = end;
      const mask = slots.length - 1;
      let i = h & mask;
      while (slots[i] !== EMPTY) i = (i + 1) & mask;
      slots[i] = n;
      n++;
      return undefined;
    },
    get size() {
      return n + other.size;
    },
  };
}
