// Advance widths of Roboto Regular and Medium (the fonts @rolekit/render embeds), for printable
// ASCII, in font units (2048 per em); read once from the font files with fontkit. The matrix
// header wraps and fits its rotated role titles itself (text inside an SVG is not laid out by
// pdfmake), so it needs to know how wide a line is.
const UNITS_PER_EM = 2048;
// biome-ignore format: a table
const REGULAR = [508,528,656,1261,1151,1500,1274,358,701,713,882,1162,403,566,540,845,1151,1151,1151,1151,1151,1151,1151,1151,1151,1151,496,433,1041,1124,1071,968,1839,1336,1276,1333,1344,1164,1132,1395,1461,557,1130,1285,1103,1788,1461,1409,1292,1409,1262,1216,1222,1328,1304,1817,1284,1230,1227,543,841,543,856,924,633,1114,1150,1072,1155,1086,712,1150,1128,498,490,1038,498,1796,1131,1168,1150,1164,694,1057,670,1129,992,1539,1016,969,1016,693,500,693,1393];
// biome-ignore format: a table
const MEDIUM = [509,542,654,1235,1164,1508,1313,343,709,716,908,1137,458,696,569,799,1164,1164,1164,1164,1164,1164,1164,1164,1164,1164,540,491,1042,1152,1064,996,1837,1358,1293,1337,1337,1157,1128,1395,1453,580,1138,1294,1106,1791,1453,1411,1307,1411,1289,1240,1248,1340,1322,1803,1293,1251,1235,556,853,556,878,917,656,1104,1151,1069,1154,1097,723,1161,1138,522,514,1068,522,1784,1140,1162,1151,1159,724,1054,682,1139,1016,1520,1030,1003,1030,683,509,683,1357];
/** Outside ASCII: as wide as an M, so that a guess errs on the wide side. */
const WIDE = 1800;

/** Width in points of `text` set in Roboto at `size` points. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? MEDIUM : REGULAR;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 32 && code < 127 ? table[code - 32]! : WIDE;
  }
  return (units * size) / UNITS_PER_EM;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `width`, at spaces. Text that does not
 * fit ends the last line with "…"; so does a single word wider than a line.
 */
export function wrap(text: string, width: number, size: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const candidate = current ? `${current} ${word}` : word;
    if (current === '' || textWidth(candidate, size) <= width) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) {
      const rest = words.slice(k).join(' ');
      lines[maxLines - 1] = ellipsis(`${lines[maxLines - 1]} ${rest}`, width, size);
      return lines;
    }
  }
  if (current) lines.push(current);
  return lines.map((l) => ellipsis(l, width, size));
}

/** Cuts `text` so that it and a trailing "…" fit `width`. */
export function ellipsis(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 0 && textWidth(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
