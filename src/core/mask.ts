function keepEnds(value: string, head: number, tail: number): string {
  const n = value.length;
  if (n === 0) return "";
  // Never show more than half of the characters, whatever the length.
  const h = Math.min(head, Math.floor(n / 4));
  const t = Math.min(tail, Math.floor(n / 4));
  return value.slice(0, h) + "*".repeat(n - h - t) + value.slice(n - t);
}

/**
 * Masks a NIK (Nomor Induk Kependudukan) for display: the region of the first four digits and
 * the last four digits stay, the encoded birth date and district are hidden. Other lengths
 * show at most a quarter of the characters at each end. Never throws.
 *
 * @example
 * ```ts
 * maskNik("3674014507050001"); // "3674********0001"
 * ```
 */
export function maskNik(nik: string): string {
  return typeof nik === "string" ? keepEnds(nik, 4, 4) : "";
}

/**
 * Masks a passport (or other document) number: the first character and the last two stay.
 * Never throws.
 *
 * @example
 * ```ts
 * maskDocumentNumber("X1234567"); // "X*****67"
 * ```
 */
export function maskDocumentNumber(value: string): string {
  return typeof value === "string" ? keepEnds(value, 1, 2) : "";
}

/**
 * Masks a person's name to initials: the first letter of each word stays, the rest becomes
 * `*`. Never throws.
 *
 * @example
 * ```ts
 * maskName("Siti Aminah"); // "S*** A*****"
 * ```
 */
export function maskName(name: string): string {
  if (typeof name !== "string") return "";
  return name.replace(/\S+/g, (word) => {
    // Code points, not UTF-16 units: a name in a supplementary plane keeps its first letter whole.
    const chars = Array.from(word);
    return `${chars[0]}${"*".repeat(chars.length - 1)}`;
  });
}
